import{c as mi,_ as pi}from"./client-5J3dfOZ0.js";var F,An,oe,_t,Ye,Fn,He,Cn,Pt,bt,En,dt=Symbol.for("pv"),Xe={},Ze=[],vi=/^m(i|n|o|s|text|space)$/,Lt=Array.isArray,xn=Ze.slice,me=Object.assign;function he(e){e&&e.parentNode&&e.remove()}function Ge(e,t,r,n,s){var a={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:dt,__v:s||++An,__i:-1,__u:0};return!s&&F.vnode&&F.vnode(a),a}function S(e){return e.children}function ze(e,t){this.props=e,this.context=t,this.__g=0}function ce(e,t){if(t==null)return e.__&&ce(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:ce(e)}function gi(e){var t,r=e.__v,n=r.__e,s=[],a=[],o=e.__P;o&&((t=me({constructor:dt},r)).__v=r.__v+1,F.vnode&&F.vnode(t),Bt(o,t,r,e.__n,o.namespaceURI,32&r.__u?[n]:null,s,n||ce(r),32&r.__u,a),t.__v=r.__v,t.__.__k[t.__i]=t,Bn(s,t,a),r.__=r.__e=null,t.__e!=n&&Dn(t))}function Dn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Dn(e)}function $t(e){(8&e.__g||(e.__g|=8,oe.push(e),Ye++))&&_t==F.debounceRendering||((_t=F.debounceRendering)||queueMicrotask)(Nn)}function Nn(){try{for(var e,t=1;oe.length;)oe.length>t&&oe.sort(Fn),e=oe.shift(),t=oe.length,8&e.__g&&gi(e)}finally{(Ye=oe.length)&&(_t||queueMicrotask)(Nn)}}function Rn(e,t,r,n,s,a,o,l,c,d,u){var f,p,h,y,O,b,k=n.__k||Ze,m=t.length;for(c=yi(r,t,k,c,m),f=0;f<m;f++)(h=r.__k[f])!=null&&(p=~h.__i&&k[h.__i]||Xe,h.__i=f,b=Bt(e,h,p,s,a,o,l,c,d,u),y=h.__e,(p.ref!=h.ref||8&p.__u)&&(p.ref&&Tt(p.ref,null,h,p),h.ref&&u.push(h.ref,h.__c||y,h)),O=O||y,4&h.__u?(c=Pn(h,c,e,!p.__v),p.__e&&(p.__e=null)):typeof h.type=="function"&&b!==void 0?c=b:y&&(c=y.nextSibling),h.__u&=-21);return r.__e=O,c}function yi(e,t,r,n,s){var a,o,l,c,d,u,f,p,h,y=r.length,O=y,b=0,k=0,m=e.__k=Array(s);for(a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o!="object"||o.constructor===String?o=m[a]=Ge(null,o):Lt(o)?o=m[a]=Ge(S,{children:o}):o.constructor===dt&&o.__b?o=m[a]=Ge(o.type,o.props,o.key,o.ref,o.__v):m[a]=o,c=a+b,o.__=e,o.__b=e.__b+1,l=null,~(d=o.__i=_i(o,r,c,O))&&(O--,(l=r[d])&&(l.__u|=2)),l&&l.__v?(o.__u|=16,d==c-1?b--:d==c+1?b++:d!=c&&(d>c?b--:b++,k=1)):(~d||(s>y?b--:s<y&&b++),typeof o.type!="function"&&(o.__u|=4))):m[a]=null;if(k){for(u=[],f=[],a=0;a<s;a++)if((o=m[a])&&16&o.__u){for(b=0,p=u.length;b<p;)u[h=b+p>>1]<o.__i?b=h+1:p=h;u[b]=o.__i,f[a]=b+1}for(b=u.length;a--;)f[a]&&(f[a]==b?b--:m[a].__u|=4)}if(O)for(a=0;a<y;a++)!(l=r[a])||2&l.__u||(l.__e==n&&(n=ce(l)),jt(l,l));return n}function Pn(e,t,r,n){var s,a,o,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&(s[a].__=e,t=Pn(s[a],t,r,!1));return t}for(t&&!t.parentNode&&(t=ce(e))&&!t.parentNode&&(t=null),o=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(o!=l&&(!n&&r.moveBefore&&o.parentNode?r.moveBefore(o,t):r.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function _i(e,t,r,n){var s,a=e.key,o=e.type,l=t[r],c=l&&!(2&l.__u);if(l===null&&a==null||c&&a==l.key&&o==l.type)return r;if(n>(c?1:0)){for(s=r-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s;for(s=r+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s}return-1}function Zt(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function Ve(e,t,r,n,s){var a,o;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||Zt(e.style,t);if(r)for(t in r)n&&r[t]==n[t]||Zt(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=r,r&&n||(o=bt[t]||(bt[t]=bi(t)),(e.__a||(e.__a={}))[t]=Pt,a=t!=(t=t.replace(Cn,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function bi(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[He]==null)t[He]=Pt++;else if(t[He]<this.__a[e])return;return r(F.event?F.event(t):t)}}}function Bt(e,t,r,n,s,a,o,l,c,d){var u,f,p,h,y,O,b,k,m,_,g,N,Y,Me,ue,Xt,ae,fe,re=t.type;if(t.constructor!==dt)return null;128&r.__u&&(c=32&r.__u,u=r.__c.__z)&&(t.__u|=c,f=a=[],u.nodeType==8?l=Je(u,a):a.push(u),l=a[0]||l),(u=F.__b)&&u(t);e:if(typeof re=="function"){p=o.length;try{if(k=t.props,m=(u=re.prototype)&&u.render,_=(u=re.contextType)&&n[u.__c],g=u?_?_.props.value:u.__:n,(h=r.__c)?(t.__c=h,2&h.__g&&(h.__g|=1)):(m?t.__c=h=new re(k,g):(t.__c=h=new ze(k,g),h.constructor=re,h.render=Oi),_&&_.sub(h),h.state||(h.state={}),h.__n=n,h.__g|=8,h.__h=[],h.__k=[]),m&&(h.__s||(h.__s=h.state),re.getDerivedStateFromProps&&(h.__s==h.state&&(h.__s=me({},h.__s)),me(h.__s,re.getDerivedStateFromProps(k,h.__s)))),y=h.props,O=h.state,h.__v=t,r.__c){if(k!==y&&m&&!re.getDerivedStateFromProps&&h.componentWillReceiveProps&&h.componentWillReceiveProps(k,g),t.__v==r.__v&&!(8&h.__g)||!(4&h.__g)&&h.shouldComponentUpdate&&h.shouldComponentUpdate(k,h.__s,g)===!1){t.__v!=r.__v&&(h.props=k,h.state=h.__s,h.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(Q){Q&&(Q.__=t)}),Ze.push.apply(h.__h,h.__k),h.__k=[],h.__h.length&&o.push(h),l=ce(r);break e}h.componentWillUpdate&&h.componentWillUpdate(k,h.__s,g),m&&h.componentDidUpdate&&h.__h.push(function(){h.componentDidUpdate(y,O,b)})}else m&&!re.getDerivedStateFromProps&&h.componentWillMount&&h.componentWillMount(),m&&h.componentDidMount&&h.__h.push(h.componentDidMount);h.context=g,h.props=k,h.__P=e,h.__g&=-5,N=F.__r,Y=m?25:0;do h.__g&=-9,N&&N(t),u=h.render(h.props,h.state=h.__s,h.context);while(8&h.__g&&++Y<25);m&&(Ze.push.apply(h.__h,h.__k),h.__k=[]),h.state=h.__s,h.getChildContext&&(n=me({},n,h.getChildContext())),m&&r.__c&&h.getSnapshotBeforeUpdate&&(b=h.getSnapshotBeforeUpdate(y,O)),Me=u&&u.type===S&&u.key==null?u.props.children:u,k.__P&&(u=l,s=(e=k.__P).namespaceURI,c=a=null,r.props&&r.props.__P!=e&&(r.__k.some(function(Q){Q&&jt(Q,Q)}),r.__k=null),l=r.__k?ce(r,0):null),l=Rn(e,Lt(Me)?Me:[Me],t,r,n,s,a,o,l,c,d),k.__P&&(t.__e=null,l=u),t.__u&=-161,f&&f.some(he),h.__h.length&&o.push(h),1&h.__g&&(h.__g&=-4)}catch(Q){if(o.length=p,t.__v=null,c||a)if(Q&&Q.then){if(t.__u|=128|c,a){for(~(ae=a.indexOf(l||void 0))||(ae=a.length);(fe=a[ae-1])&&fe.nodeType==8;)ae--;for(;ae<a.length;ae++)if(fe=a[ae])if(a[ae]=null,ue){if(fe==Xt)break}else{if(fe.nodeType!=8)break;fe.data.startsWith("$s")&&(Xt=Je(ue=fe))}}if(!ue){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;ue=l}(u=Je(ue=t.__c.__z||(t.__c.__z=ue)))?(t.__e=ue,l=u):t.__e=l,l=l&&l.nextSibling}else a&&a.some(he);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),Q&&Q.then||Ln(t),F.__e(Q,t,r)}}else l=t.__e=$i(r.__e,t,r,n,s,a,o,c,d,e);return(u=F.diffed)&&u(t),l}function Je(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Ln(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ln))}function Bn(e,t,r){for(var n=0;n<r.length;)Tt(r[n++],r[n++],r[n++]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){F.__e(a,s.__v)}})}function $i(e,t,r,n,s,a,o,l,c,d){var u,f,p,h,y,O,b,k,m=r.props||Xe,_=t.props,g=t.type;if(g=="svg"?s="http://www.w3.org/2000/svg":g=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a){for(u=0;u<a.length;u++)if((y=a[u])&&(g?y.localName==g:y.nodeType==3)){e=y,a[u]=null;break}}if(!e){if(k=d.ownerDocument||document,!g)return k.createTextNode(_);e=k.createElementNS(s,g,_.is?_:d),l&&(F.__m&&F.__m(t,a),l=!1),a=null}if(g){if(d=g=="template"&&e.content||e,a=g=="textarea"&&_.defaultValue!=null?null:a&&xn.call(d.childNodes),!l&&a)for(m={},u=0;u<e.attributes.length;u++)m[(y=e.attributes[u]).name]=y.value;for(u in m)y=m[u],u=="dangerouslySetInnerHTML"?p=y:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||Ve(e,u,null,y,s);for(u in _)y=_[u],u=="children"?h=y:u=="dangerouslySetInnerHTML"?f=y:u=="value"?O=y:u=="checked"?b=y:l&&typeof y!="function"||m[u]===y||Ve(e,u,y,m[u],s);f?(l||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):(p&&(e.textContent=""),(g=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&vi.test(g))&&(s="http://www.w3.org/1999/xhtml"),Rn(d,Lt(h)?h:[h],t,r,n,s,a,o,a?a[0]:r.__k&&ce(r,0),l,c),a&&a.some(he)),l&&g!="textarea"||(u="value",g=="progress"&&O==null?e.removeAttribute(u):O==null||O===e[u]&&(g!="progress"||O)||Ve(e,u,O,m[u],s),u="checked",b!=null&&b!=e[u]&&Ve(e,u,b,m[u],s))}else m===_||l&&e.data==_||(e.data=_);return e}function Tt(e,t,r,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){F.__e(s,r)}}function jt(e,t,r){var n,s,a,o;if(F.unmount&&F.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Tt(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(l){F.__e(l,t)}n.__P=n.__n=null}if(n=e.__k)for(o=0;o<n.length;o++)n[o]&&jt(n[o],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(n=e.__c)&&(n=n.__z)&&(s=Je(n,a=[]))&&(n==e.__e&&a.some(he),he(s),he(n)),r||he(e.__e),e.__e=e.__c=e.__=null}function Oi(e,t,r){return this.constructor(e,r)}function ki(e,t){var r,n,s,a;F.__&&F.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(r=e&&32&e.__u)?null:t.__k,t.__k=Ge(S,{children:[e]}),s=[],a=[],Bt(t,t.__k,n||Xe,Xe,t.namespaceURI,n?null:t.firstChild?xn.call(t.childNodes):null,s,n?n.__e:t.firstChild,r,a),Bn(s,t.__k,a),t.__k.props.children=null}function qt(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&n.forEach(function(o){o.__g|=4,$t(o)})},this.sub=function(a){n.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){n.delete(a),o&&o.call(a)}}),r.children}return t.__c="__cC"+En++,t.__=e,t.Provider=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}F={__e:function(e,t,r,n){for(var s,a,o;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((o=(a=s.constructor)&&a.getDerivedStateFromError)&&s.setState(a.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),o=1),o&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Ye=0,e}},An=0,ze.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=me({},this.state)),typeof e=="function"&&(e=e(me({},r),this.props)),e&&(me(r,e),this.__v&&(t&&this.__k.push(t),$t(this)))},ze.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),$t(this))},ze.prototype.render=S,oe=[],Ye=0,Fn=function(e,t){return e.__v.__b-t.__v.__b},He=Symbol(),Cn=/(PointerCapture)$|Capture$/i,Pt=0,bt={},En=0;var Si=Symbol.for("pv"),Ii=0;function i(e,t,r,n,s,a){t||(t={});var o,l,c=t;if("ref"in c&&typeof e!="function")for(l in c={},t)l=="ref"?o=t[l]:c[l]=t[l];var d={type:e,props:c,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Si,__v:--Ii,__i:-1,__u:0};return F.vnode&&F.vnode(d),d}var Ee={NAME:"Name",OPERATION_DEFINITION:"OperationDefinition",FIELD:"Field"};class Ot extends Error{constructor(t,r,n,s,a,o,l){super(t),this.name="GraphQLError",this.message=t,a&&(this.path=a),r&&(this.nodes=Array.isArray(r)?r:[r]),n&&(this.source=n),s&&(this.positions=s),o&&(this.originalError=o);var c=l;if(!c&&o){var d=o.extensions;d&&typeof d=="object"&&(c=d)}this.extensions=c||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return"GraphQLError"}}var $,v;function q(e){return new Ot(`Syntax Error: Unexpected token at ${v} in ${e}`)}function en(e){if(e.lastIndex=v,e.test($))return $.slice(v,v=e.lastIndex)}var Ue=/ +(?=[^\s])/y;function wi(e){for(var t=e.split(`
`),r="",n=0,s=0,a=t.length-1,o=0;o<t.length;o++)Ue.lastIndex=0,Ue.test(t[o])&&(o&&(!n||Ue.lastIndex<n)&&(n=Ue.lastIndex),s=s||o,a=o);for(var l=s;l<=a;l++)l!==s&&(r+=`
`),r+=t[l].slice(n).replace(/\\"""/g,'"""');return r}function I(){for(var e=0|$.charCodeAt(v++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|$.charCodeAt(v++))if(e===35)for(;(e=0|$.charCodeAt(v++))&&e!==10&&e!==13;);v--}function Mt(){for(var e=v,t=0|$.charCodeAt(v++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|$.charCodeAt(v++));if(e===v-1)throw q("Name");var r=$.slice(e,--v);return I(),r}function U(){return{kind:"Name",value:Mt()}}var Ai=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Fi=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ge(e){var t;switch($.charCodeAt(v)){case 91:v++,I();for(var r=[];$.charCodeAt(v)!==93;)r.push(ge(e));return v++,I(),{kind:"ListValue",values:r};case 123:v++,I();for(var n=[];$.charCodeAt(v)!==125;){var s=U();if($.charCodeAt(v++)!==58)throw q("ObjectField");I(),n.push({kind:"ObjectField",name:s,value:ge(e)})}return v++,I(),{kind:"ObjectValue",fields:n};case 36:if(e)throw q("Variable");return v++,{kind:"Variable",name:U()};case 34:if($.charCodeAt(v+1)===34&&$.charCodeAt(v+2)===34){if(v+=3,(t=en(Ai))==null)throw q("StringValue");return I(),{kind:"StringValue",value:wi(t.slice(0,-3)),block:!0}}else{var a=v,o;v++;var l=!1;for(o=0|$.charCodeAt(v++);o===92&&(v++,l=!0)||o!==10&&o!==13&&o!==34&&o;o=0|$.charCodeAt(v++));if(o!==34)throw q("StringValue");return t=$.slice(a,v),I(),{kind:"StringValue",value:l?JSON.parse(t):t.slice(1,-1),block:!1}}case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=v++,d;(d=0|$.charCodeAt(v++))>=48&&d<=57;);var u=$.slice(c,--v);if((d=$.charCodeAt(v))===46||d===69||d===101){if((t=en(Fi))==null)throw q("FloatValue");return I(),{kind:"FloatValue",value:u+t}}else return I(),{kind:"IntValue",value:u};case 110:if($.charCodeAt(v+1)===117&&$.charCodeAt(v+2)===108&&$.charCodeAt(v+3)===108)return v+=4,I(),{kind:"NullValue"};break;case 116:if($.charCodeAt(v+1)===114&&$.charCodeAt(v+2)===117&&$.charCodeAt(v+3)===101)return v+=4,I(),{kind:"BooleanValue",value:!0};break;case 102:if($.charCodeAt(v+1)===97&&$.charCodeAt(v+2)===108&&$.charCodeAt(v+3)===115&&$.charCodeAt(v+4)===101)return v+=5,I(),{kind:"BooleanValue",value:!1};break}return{kind:"EnumValue",value:Mt()}}function Tn(e){if($.charCodeAt(v)===40){var t=[];v++,I();do{var r=U();if($.charCodeAt(v++)!==58)throw q("Argument");I(),t.push({kind:"Argument",name:r,value:ge(e)})}while($.charCodeAt(v)!==41);return v++,I(),t}}function de(e){if($.charCodeAt(v)===64){var t=[];do v++,t.push({kind:"Directive",name:U(),arguments:Tn(e)});while($.charCodeAt(v)===64);return t}}function Ci(){for(var e=0;$.charCodeAt(v)===91;)e++,v++,I();var t={kind:"NamedType",name:U()};do if($.charCodeAt(v)===33&&(v++,I(),t={kind:"NonNullType",type:t}),e){if($.charCodeAt(v++)!==93)throw q("NamedType");I(),t={kind:"ListType",type:t}}while(e--);return t}function et(){if($.charCodeAt(v++)!==123)throw q("SelectionSet");return I(),tt()}function tt(){var e=[];do if($.charCodeAt(v)===46){if($.charCodeAt(++v)!==46||$.charCodeAt(++v)!==46)throw q("SelectionSet");switch(v++,I(),$.charCodeAt(v)){case 64:e.push({kind:"InlineFragment",typeCondition:void 0,directives:de(!1),selectionSet:et()});break;case 111:$.charCodeAt(v+1)===110?(v+=2,I(),e.push({kind:"InlineFragment",typeCondition:{kind:"NamedType",name:U()},directives:de(!1),selectionSet:et()})):e.push({kind:"FragmentSpread",name:U(),directives:de(!1)});break;case 123:v++,I(),e.push({kind:"InlineFragment",typeCondition:void 0,directives:void 0,selectionSet:tt()});break;default:e.push({kind:"FragmentSpread",name:U(),directives:de(!1)})}}else{var t=U(),r=void 0;$.charCodeAt(v)===58&&(v++,I(),r=t,t=U());var n=Tn(!1),s=de(!1),a=void 0;$.charCodeAt(v)===123&&(v++,I(),a=tt()),e.push({kind:"Field",alias:r,name:t,arguments:n,directives:s,selectionSet:a})}while($.charCodeAt(v)!==125);return v++,I(),{kind:"SelectionSet",selections:e}}function Ei(){if(I(),$.charCodeAt(v)===40){var e=[];v++,I();do{var t=void 0;if($.charCodeAt(v)===34&&(t=ge(!0)),$.charCodeAt(v++)!==36)throw q("Variable");var r=U();if($.charCodeAt(v++)!==58)throw q("VariableDefinition");I();var n=Ci(),s=void 0;$.charCodeAt(v)===61&&(v++,I(),s=ge(!0)),I();var a={kind:"VariableDefinition",variable:{kind:"Variable",name:r},type:n,defaultValue:s,directives:de(!0)};t&&(a.description=t),e.push(a)}while($.charCodeAt(v)!==41);return v++,I(),e}}function xi(e){var t=U();if($.charCodeAt(v++)!==111||$.charCodeAt(v++)!==110)throw q("FragmentDefinition");I();var r={kind:"FragmentDefinition",name:t,typeCondition:{kind:"NamedType",name:U()},directives:de(!1),selectionSet:et()};return e&&(r.description=e),r}function tn(){var e=[];do{var t=void 0;if($.charCodeAt(v)===34&&(t=ge(!0)),$.charCodeAt(v)===123){if(t)throw q("Document");v++,I(),e.push({kind:"OperationDefinition",operation:"query",name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:tt()})}else{var r=Mt();switch(r){case"fragment":e.push(xi(t));break;case"query":case"mutation":case"subscription":var n,s=void 0;(n=$.charCodeAt(v))!==40&&n!==64&&n!==123&&(s=U());var a={kind:"OperationDefinition",operation:r,name:s,variableDefinitions:Ei(),directives:de(!1),selectionSet:et()};t&&(a.description=t),e.push(a);break;default:throw q("Document")}}}while(v<$.length);return e}function Di(e,t){return $=e.body?e.body:e,v=0,I(),t&&t.noLocation?{kind:"Document",definitions:tn()}:{kind:"Document",definitions:tn(),loc:{start:0,end:$.length,startToken:void 0,endToken:void 0,source:{body:$,name:"graphql.web",locationOffset:{line:1,column:1}}}}}function V(e,t,r){for(var n="",s=0;s<e.length;s++)s&&(n+=t),n+=r(e[s]);return n}function Ni(e){return JSON.stringify(e)}function Ri(e){return`"""
`+e.replace(/"""/g,'\\"""')+`
"""`}var ee=`
`,C={OperationDefinition(e){var t="";e.description&&(t+=C.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=" "+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=" "),t+="("+V(e.variableDefinitions,", ",C.VariableDefinition)+")"),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive));var r=C.SelectionSet(e.selectionSet);return t!=="query"?t+" "+r:r},VariableDefinition(e){var t="";return e.description&&(t+=C.StringValue(e.description)+" "),t+=C.Variable(e.variable)+": "+se(e.type),e.defaultValue&&(t+=" = "+se(e.defaultValue)),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive)),t},Field(e){var t=e.alias?e.alias.value+": "+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var r=V(e.arguments,", ",C.Argument);t.length+r.length+2>80?t+="("+(ee+="  ")+V(e.arguments,ee,C.Argument)+(ee=ee.slice(0,-2))+")":t+="("+r+")"}return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=" "+C.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?Ri(e.value).replace(/\n/g,ee):Ni(e.value)},BooleanValue:e=>""+e.value,NullValue:e=>"null",IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>"$"+e.name.value,ListValue:e=>"["+V(e.values,", ",se)+"]",ObjectValue:e=>"{"+V(e.fields,", ",C.ObjectField)+"}",ObjectField:e=>e.name.value+": "+se(e.value),Document(e){return!e.definitions||!e.definitions.length?"":V(e.definitions,`

`,se)},SelectionSet:e=>"{"+(ee+="  ")+V(e.selections,ee,se)+(ee=ee.slice(0,-2))+"}",Argument:e=>e.name.value+": "+se(e.value),FragmentSpread(e){var t="..."+e.name.value;return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive)),t},InlineFragment(e){var t="...";return e.typeCondition&&(t+=" on "+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive)),t+=" "+C.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t="";return e.description&&(t+=C.StringValue(e.description)+`
`),t+="fragment "+e.name.value,t+=" on "+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",C.Directive)),t+" "+C.SelectionSet(e.selectionSet)},Directive(e){var t="@"+e.name.value;return e.arguments&&e.arguments.length&&(t+="("+V(e.arguments,", ",C.Argument)+")"),t},NamedType:e=>e.name.value,ListType:e=>"["+se(e.type)+"]",NonNullType:e=>se(e.type)+"!"},se=e=>C[e.kind](e);function Pi(e){return ee=`
`,C[e.kind]?C[e.kind](e):""}var jn=()=>{},M=jn;function K(e){return{tag:0,0:e}}function Se(e){return{tag:1,0:e}}var kt=()=>typeof Symbol=="function"&&Symbol.asyncIterator||"@@asyncIterator",qn=e=>e;function Li(e){return t=>r=>{var n=[],s=M,a=M,o=!1,l=!1,c=!1,d=!1;function u(f){c=!0,f((p=>{p===0?c&&(c=!1,n.length?u(e(n.shift())):d?r(0):o||(o=!0,s(0))):p.tag===0?(l=!1,(a=p[0])(0)):c&&(r(p),l?l=!1:a(0))}))}t((f=>{d||(f===0?(d=!0,!c&&!n.length&&r(0)):f.tag===0?s=f[0]:(o=!1,c?n.push(f[0]):u(e(f[0]))))})),r(K((f=>{f===1?(d||(d=!0,s(1)),c&&(c=!1,a(1))):(!d&&!o&&(o=!0,s(0)),c&&!l&&(l=!0,a(0)))})))}}function Bi(e){return Li(qn)(e)}function Mn(e){return Bi(Jn(e))}function T(e){return t=>r=>{var n=M;t((s=>{s===0?r(0):s.tag===0?(n=s[0],r(s)):e(s[0])?r(s):n(0)}))}}function xe(e){return t=>r=>t((n=>{n===0||n.tag===0?r(n):r(Se(e(n[0])))}))}function Vt(e){return t=>r=>{var n=[],s=M,a=!1,o=!1;t((l=>{o||(l===0?(o=!0,n.length||r(0)):l.tag===0?s=l[0]:(a=!1,(function(d){var u=M;d((f=>{if(f===0){if(n.length){var p=n.indexOf(u);p>-1&&(n=n.slice()).splice(p,1),n.length||(o?r(0):a||(a=!0,s(0)))}}else f.tag===0?(n.push(u=f[0]),u(0)):n.length&&(r(f),u(0))}))})(e(l[0])),a||(a=!0,s(0))))})),r(K((l=>{if(l===1){o||(o=!0,s(1));for(var c=0,d=n,u=n.length;c<u;c++)d[c](1);n.length=0}else{!o&&!a?(a=!0,s(0)):a=!1;for(var f=0,p=n,h=n.length;f<h;f++)p[f](0)}})))}}function Ti(e){return Vt(qn)(e)}function ye(e){return Ti(Jn(e))}function Vn(e){return t=>r=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,r(0),e();else if(s.tag===0){var a=s[0];r(K((o=>{o===1?(n=!0,a(1),e()):a(o)})))}else r(s)}))}}function Un(e){return t=>r=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,r(0);else if(s.tag===0){var a=s[0];r(K((o=>{o===1&&(n=!0),a(o)})))}else e(s[0]),r(s)}))}}function nn(e){return t=>r=>t((n=>{n===0?r(0):n.tag===0?(r(n),e()):r(n)}))}function ji(e,t){return r=>n=>{var s=t;r((a=>{a===0?n(0):a.tag===0?n(a):n(Se(s=e(s,a[0])))}))}}function _e(e){var t=[],r=M,n=!1;return s=>{t.push(s),t.length===1&&e((a=>{if(a===0){for(var o=0,l=t,c=t.length;o<c;o++)l[o](0);t.length=0}else if(a.tag===0)r=a[0];else{n=!1;for(var d=0,u=t,f=t.length;d<f;d++)u[d](a)}})),s(K((a=>{if(a===1){var o=t.indexOf(s);o>-1&&(t=t.slice()).splice(o,1),t.length||r(1)}else n||(n=!0,r(0))})))}}function St(e){return t=>r=>{var n=M,s=M,a=!1,o=!1,l=!1,c=!1;t((d=>{c||(d===0?(c=!0,l||r(0)):d.tag===0?n=d[0]:(l&&(s(1),s=M),a?a=!1:(a=!0,n(0)),(function(f){l=!0,f((p=>{l&&(p===0?(l=!1,c?r(0):a||(a=!0,n(0))):p.tag===0?(o=!1,(s=p[0])(0)):(r(p),o?o=!1:s(0)))}))})(e(d[0]))))})),r(K((d=>{d===1?(c||(c=!0,n(1)),l&&(l=!1,s(1))):(!c&&!a&&(a=!0,n(0)),l&&!o&&(o=!0,s(0)))})))}}function Hn(e){return t=>r=>{var n=M,s=!1,a=0;t((o=>{s||(o===0?(s=!0,r(0)):o.tag===0?n=o[0]:a++<e?(r(o),!s&&a>=e&&(s=!0,r(0),n(1))):r(o))})),r(K((o=>{o===1&&!s?(s=!0,n(1)):o===0&&!s&&a<e&&n(0)})))}}function Ut(e){return t=>r=>{var n=M,s=M,a=!1;t((o=>{a||(o===0?(a=!0,s(1),r(0)):o.tag===0?(n=o[0],e((l=>{l===0||(l.tag===0?(s=l[0])(0):(a=!0,s(1),n(1),r(0)))}))):r(o))})),r(K((o=>{o===1&&!a?(a=!0,n(1),s(1)):a||n(0)})))}}function Gn(e,t){return r=>n=>{var s=M,a=!1;r((o=>{a||(o===0?(a=!0,n(0)):o.tag===0?(s=o[0],n(o)):e(o[0])?n(o):(a=!0,t&&n(o),n(0),s(1)))}))}}function qi(e){return t=>e()(t)}function zn(e){return t=>{var r=e[kt()]&&e[kt()]()||e,n=!1,s=!1,a=!1,o;t(K((async l=>{if(l===1)n=!0,r.return&&r.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=await r.next()).done)n=!0,r.return&&await r.return(),t(0);else try{a=!1,t(Se(o.value))}catch(c){if(r.throw)(n=!!(await r.throw(c)).done)&&t(0);else throw c}s=!1}})))}}function Mi(e){return e[kt()]?zn(e):t=>{var r=e[Symbol.iterator](),n=!1,s=!1,a=!1,o;t(K((l=>{if(l===1)n=!0,r.return&&r.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=r.next()).done)n=!0,r.return&&r.return(),t(0);else try{a=!1,t(Se(o.value))}catch(c){if(r.throw)(n=!!r.throw(c).done)&&t(0);else throw c}s=!1}})))}}var Jn=Mi;function le(e){return t=>{var r=!1;t(K((n=>{n===1?r=!0:r||(r=!0,t(Se(e)),t(0))})))}}function Qn(e){return t=>{var r=!1,n=e({next(s){r||t(Se(s))},complete(){r||(r=!0,t(0))}});t(K((s=>{s===1&&!r&&(r=!0,n())})))}}function Kn(){var e,t;return{source:_e(Qn((r=>(e=r.next,t=r.complete,jn)))),next(r){e&&e(r)},complete(){t&&t()}}}function Ne(e){return t=>{var r=M,n=!1;return t((s=>{s===0?n=!0:s.tag===0?(r=s[0])(0):n||(e(s[0]),r(0))})),{unsubscribe(){n||(n=!0,r(1))}}}}function Vi(e){Ne((t=>{}))(e)}function Ui(e){return new Promise((t=>{var r=M,n;e((s=>{s===0?Promise.resolve(n).then(t):s.tag===0?(r=s[0])(0):(n=s[0],r(0))}))}))}var Hi=e=>e&&typeof e.message=="string"&&(e.extensions||e.name==="GraphQLError")?e:typeof e=="object"&&typeof e.message=="string"?new Ot(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new Ot(e);class Ht extends Error{constructor(t){var r=(t.graphQLErrors||[]).map(Hi),n=((s,a)=>{var o="";if(s)return`[Network] ${s.message}`;if(a)for(var l=0,c=a.length;l<c;l++)o&&(o+=`
`),o+=`[GraphQL] ${a[l].message}`;return o})(t.networkError,r);super(n),this.name="CombinedError",this.message=n,this.graphQLErrors=r,this.networkError=t.networkError,this.response=t.response}toString(){return this.message}}var Qe=(e,t)=>{for(var r=0|(t||5381),n=0,s=0|e.length;n<s;n++)r=(r<<5)+r+e.charCodeAt(n);return r},pe=new Set,rn=new WeakMap,ve=(e,t)=>{if(e===null||pe.has(e))return"null";if(typeof e!="object")return JSON.stringify(e)||"";if(e.toJSON)return ve(e.toJSON(),t);if(Array.isArray(e)){for(var r="[",n=0,s=e.length;n<s;n++)r.length>1&&(r+=","),r+=ve(e[n],t)||"null";return r+="]"}else if(!t&&(it!==be&&e instanceof it||rt!==be&&e instanceof rt))return"null";var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=rn.get(e)||Math.random().toString(36).slice(2);return rn.set(e,o),ve({__key:o},t)}pe.add(e);for(var l="{",c=0,d=a.length;c<d;c++){var u=ve(e[a[c]],t);u&&(l.length>1&&(l+=","),l+=ve(a[c],t)+":"+u)}return pe.delete(e),l+="}"},It=(e,t,r)=>{if(!(r==null||typeof r!="object"||r.toJSON||pe.has(r)))if(Array.isArray(r))for(var n=0,s=r.length;n<s;n++)It(e,`${t}.${n}`,r[n]);else if(r instanceof it||r instanceof rt)e.set(t,r);else{pe.add(r);for(var a in r)It(e,`${t}.${a}`,r[a])}},nt=(e,t)=>(pe.clear(),ve(e,t||!1));class be{}var it=typeof File<"u"?File:be,rt=typeof Blob<"u"?Blob:be,Gi=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,zi=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,Ji=(e,t)=>t%2==0?e.replace(zi,`
`):e,sn=e=>e.split(Gi).map(Ji).join("").trim(),an=new Map,Ke=new Map,Gt=e=>{var t;return typeof e=="string"?t=sn(e):e.loc&&Ke.get(e.__key)===e?t=e.loc.source.body:(t=an.get(e)||sn(Pi(e)),an.set(e,t)),typeof e!="string"&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:"gql",locationOffset:{line:1,column:1}}}),t},on=e=>{var t;if(e.documentId)t=Qe(e.documentId);else if(t=Qe(Gt(e)),e.definitions){var r=Yn(e);r&&(t=Qe(`
# ${r}`,t))}return t},Wn=e=>{var t,r;return typeof e=="string"?(t=on(e),r=Ke.get(t)||Di(e,{noLocation:!0})):(t=e.__key||on(e),r=Ke.get(t)||e),r.loc||Gt(r),r.__key=t,Ke.set(t,r),r},We=(e,t,r)=>{var n=t||{},s=Wn(e),a=nt(n,!0),o=s.__key;return a!=="{}"&&(o=Qe(a,o)),{key:o,query:s,variables:n,extensions:r}},Yn=e=>{for(var t=0,r=e.definitions.length;t<r;t++){var n=e.definitions[t];if(n.kind===Ee.OPERATION_DEFINITION)return n.name?n.name.value:void 0}},st=(e,t,r)=>{var n=t.payload||t;if(!("data"in n||"errors"in n&&Array.isArray(n.errors)))throw new Error("No Content");var s=e.kind==="subscription";return{operation:e,data:n.data,error:Array.isArray(n.errors)?new Ht({graphQLErrors:n.errors,response:r}):void 0,extensions:n.extensions?{...n.extensions}:void 0,hasNext:t.hasNext==null?s:t.hasNext,stale:!1}},at=(e,t)=>{if(typeof e=="object"&&e!=null){if(Array.isArray(e)){e=[...e];for(var r=0,n=t.length;r<n;r++)e[r]=at(e[r],t[r]);return e}if(!e.constructor||e.constructor===Object){e={...e};for(var s in t)e[s]=at(e[s],t[s]);return e}}return t},Xn=(e,t,r,n)=>{var s=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},l=t.incremental;"path"in t&&(l=[t]);var c={data:e.data};if(l)for(var d=function(){var p=l[u];Array.isArray(p.errors)&&s.push(...p.errors),p.extensions&&(Object.assign(o,p.extensions),a=!0);var h="data",y=c,O=[];if(p.path)O=p.path;else if(n){var b=n.find((Y=>Y.id===p.id));p.subPath?O=[...b.path,...p.subPath]:O=b.path}for(var k=0,m=O.length;k<m;h=O[k++])y=y[h]=Array.isArray(y[h])?[...y[h]]:{...y[h]};if(p.items)for(var _=+h>=0?h:0,g=0,N=p.items.length;g<N;g++)y[_+g]=at(y[_+g],p.items[g]);else p.data!==void 0&&(y[h]=at(y[h],p.data))},u=0,f=l.length;u<f;u++)d();else c.data=(t.payload||t).data||e.data,s=t.errors||t.payload&&t.payload.errors||s;return{operation:e.operation,data:c.data,error:s.length?new Ht({graphQLErrors:s,response:r}):void 0,extensions:a?o:void 0,hasNext:t.hasNext!=null?t.hasNext:e.hasNext,stale:!1}},Zn=(e,t,r)=>({operation:e,data:void 0,error:new Ht({networkError:t,response:r}),extensions:void 0,hasNext:!1,stale:!1});function ei(e){var t={query:void 0,documentId:void 0,operationName:Yn(e.query),variables:e.variables||void 0,extensions:e.extensions};return"documentId"in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:(!e.extensions||!e.extensions.persistedQuery||e.extensions.persistedQuery.miss)&&(t.query=Gt(e.query)),t}var Qi=(e,t)=>{var r=e.kind==="query"&&e.context.preferGetMethod;if(!r||!t)return e.context.url;var n=Ki(e.context.url);for(var s in t){var a=t[s];a&&n[1].set(s,typeof a=="object"?nt(a):a)}var o=n.join("?");return o.length>2047&&r!=="force"?(e.context.preferGetMethod=!1,e.context.url):o},Ki=e=>{var t=e.indexOf("?");return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},Wi=(e,t)=>{if(t&&!(e.kind==="query"&&e.context.preferGetMethod)){var r=nt(t),n=(l=>{var c=new Map;return(it!==be||rt!==be)&&(pe.clear(),It(c,"variables",l)),c})(t.variables);if(n.size){var s=new FormData;s.append("operations",r),s.append("map",nt({...[...n.keys()].map((l=>[l]))}));var a=0;for(var o of n.values())s.append(""+a++,o);return s}return r}},Yi=(e,t)=>{var r={accept:e.kind==="subscription"?"text/event-stream, multipart/mixed":"application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed"},n=(typeof e.context.fetchOptions=="function"?e.context.fetchOptions():e.context.fetchOptions)||{};if(n.headers)if((o=>"has"in o&&!Object.keys(o).length)(n.headers))n.headers.forEach(((o,l)=>{r[l]=o}));else if(Array.isArray(n.headers))n.headers.forEach(((o,l)=>{Array.isArray(o)?r[o[0]]?r[o[0]]=`${r[o[0]]},${o[1]}`:r[o[0]]=o[1]:r[l]=o}));else for(var s in n.headers)r[s.toLowerCase()]=n.headers[s];var a=Wi(e,t);return typeof a=="string"&&!r["content-type"]&&(r["content-type"]="application/json"),{...n,method:a?"POST":"GET",body:a,headers:r}},Xi=/boundary="?([^=";]+)"?/i,Zi=/data: ?([^\n]+)/;async function*dn(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var r=e.body.getReader(),n;try{for(;!(n=await r.read()).done;)yield n.value}finally{r.cancel()}}}async function*ln(e,t){var r=typeof TextDecoder<"u"?new TextDecoder:null,n="",s;for await(var a of e)for(n+=a.constructor.name==="Buffer"?a.toString():r.decode(a,{stream:!0});(s=n.indexOf(t))>-1;)yield n.slice(0,s),n=n.slice(s+t.length)}async function*er(e,t,r){var n=!0,s=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,r)).headers.get("Content-Type")||"",l;/multipart\/mixed/i.test(o)?l=(async function*(f,p){var h=f.match(Xi),y="--"+(h?h[1]:"-"),O=!0,b;for await(var k of ln(dn(p),`\r
`+y)){if(O){O=!1;var m=k.indexOf(y);if(m>-1)k=k.slice(m+y.length);else continue}try{yield b=JSON.parse(k.slice(k.indexOf(`\r
\r
`)+4))}catch(_){if(!b)throw _}if(b&&b.hasNext===!1)break}b&&b.hasNext!==!1&&(yield{hasNext:!1})})(o,a):/text\/event-stream/i.test(o)?l=(async function*(f){var p;for await(var h of ln(dn(f),`

`)){var y=h.match(Zi);if(y){var O=y[1];try{yield p=JSON.parse(O)}catch(b){if(!p)throw b}if(p&&p.hasNext===!1)break}}p&&p.hasNext!==!1&&(yield{hasNext:!1})})(a):/text\//i.test(o)?l=(async function*(f){var p=await f.text();try{var h=JSON.parse(p);yield h}catch{throw new Error(p)}})(a):l=(async function*(f){yield JSON.parse(await f.text())})(a);var c;for await(var d of l)d.pending&&!s?c=d.pending:d.pending&&(c=[...c,...d.pending]),s=s?Xn(s,d,a,c):st(e,d,a),n=!1,yield s,n=!0;s||(yield s=st(e,{},a))}catch(u){if(!n)throw u;yield Zn(e,a&&(a.status<200||a.status>=300)&&a.statusText?new Error(a.statusText):u,a)}}function tr(e,t,r){var n;return typeof AbortController<"u"&&(r.signal=(n=new AbortController).signal),Vn((()=>{n&&n.abort()}))(T((s=>!!s))(zn(er(e,t,r))))}var wt=(e,t)=>{if(Array.isArray(e))for(var r=0,n=e.length;r<n;r++)wt(e[r],t);else if(typeof e=="object"&&e!==null)for(var s in e)s==="__typename"&&typeof e[s]=="string"?t.add(e[s]):wt(e[s],t);return t},At=e=>{if("definitions"in e){for(var t=[],r=0,n=e.definitions.length;r<n;r++){var s=At(e.definitions[r]);t.push(s)}return{...e,definitions:t}}if("directives"in e&&e.directives&&e.directives.length){for(var a=[],o={},l=0,c=e.directives.length;l<c;l++){var d=e.directives[l],u=d.name.value;u[0]!=="_"?a.push(d):u=u.slice(1),o[u]=d}e={...e,directives:a,_directives:o}}if("selectionSet"in e){var f=[],p=e.kind===Ee.OPERATION_DEFINITION;if(e.selectionSet){for(var h=0,y=e.selectionSet.selections.length;h<y;h++){var O=e.selectionSet.selections[h];p=p||O.kind===Ee.FIELD&&O.name.value==="__typename"&&!O.alias;var b=At(O);f.push(b)}return p||f.push({kind:Ee.FIELD,name:{kind:Ee.NAME,value:"__typename"},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:f}}}}return e},cn=new Map,nr=e=>{var t=Wn(e),r=cn.get(t.__key);return r||(cn.set(t.__key,r=At(t)),Object.defineProperty(r,"__key",{value:t.__key,enumerable:!1})),r};function un(e){var t=r=>e(r);return t.toPromise=()=>Ui(Hn(1)(T((r=>!r.stale&&!r.hasNext))(t))),t.then=(r,n)=>t.toPromise().then(r,n),t.subscribe=r=>Ne(r)(t),t}function $e(e,t,r){return{...t,kind:e,context:t.context?{...t.context,...r}:r||t.context}}var fn=(e,t)=>$e(e.kind,e,{meta:{...e.context.meta,...t}}),ir=()=>{},ht=({kind:e})=>e!=="mutation"&&e!=="query",rr=e=>{var t=nr(e.query);if(t!==e.query){var r=$e(e.kind,e);return r.query=t,r}else return e},sr=({forward:e,client:t,dispatchDebug:r})=>{var n=new Map,s=new Map,a=o=>o.kind==="query"&&o.context.requestPolicy!=="network-only"&&(o.context.requestPolicy==="cache-only"||n.has(o.key));return o=>{var l=xe((d=>{var u=n.get(d.key),f=u||st(d,{data:null});return f={...f,operation:fn(d,{cacheOutcome:u?"hit":"miss"})},d.context.requestPolicy==="cache-and-network"&&(f.stale=!0,hn(t,d)),f}))(T((d=>!ht(d)&&a(d)))(o)),c=Un((d=>{var{operation:u}=d;if(u){var f=u.context.additionalTypenames||[];if(d.operation.kind!=="subscription"&&(f=(N=>[...wt(N,new Set)])(d.data).concat(f)),d.operation.kind==="mutation"||d.operation.kind==="subscription"){for(var p=new Set,h=0;h<f.length;h++){var y=f[h],O=s.get(y);O||s.set(y,O=new Set);for(var b of O.values())p.add(b);O.clear()}for(var k of p.values())n.has(k)&&(u=n.get(k).operation,n.delete(k),hn(t,u))}else if(u.kind==="query"&&d.data){n.set(u.key,d);for(var m=0;m<f.length;m++){var _=f[m],g=s.get(_);g||s.set(_,g=new Set),g.add(u.key)}}}}))(e(T((d=>d.kind!=="query"||d.context.requestPolicy!=="cache-only"))(xe((d=>fn(d,{cacheOutcome:"miss"})))(ye([xe(rr)(T((d=>!ht(d)&&!a(d)))(o)),T((d=>ht(d)))(o)])))));return ye([l,c])}},hn=(e,t)=>e.reexecuteOperation($e(t.kind,t,{requestPolicy:"network-only"})),ar=({forwardSubscription:e,enableAllOperations:t,isSubscriptionOperation:r})=>({client:n,forward:s})=>{var a=r||(o=>o.kind==="subscription"||!!t&&(o.kind==="query"||o.kind==="mutation"));return o=>{var l=Vt((d=>{var{key:u}=d,f=T((p=>p.kind==="teardown"&&p.key===u))(o);return Ut(f)((p=>{var h=e(ei(p),p);return Qn((y=>{var O=!1,b,k;function m(_){y.next(k=k?Xn(k,_):st(p,_))}return Promise.resolve().then((()=>{O||(b=h.subscribe({next:m,error(_){Array.isArray(_)?m({errors:_}):y.next(Zn(p,_)),y.complete()},complete(){O||(O=!0,k&&k.hasNext?m({hasNext:!1}):p.kind==="subscription"&&n.reexecuteOperation($e("teardown",p,p.context)),y.complete())}}))})),()=>{O=!0,b&&b.unsubscribe()}}))})(d))}))(T((d=>d.kind!=="teardown"&&a(d)))(o)),c=s(T((d=>d.kind==="teardown"||!a(d)))(o));return ye([l,c])}},or=({forward:e,dispatchDebug:t})=>r=>{var n=Vt((a=>{var o=ei(a),l=Qi(a,o),c=Yi(a,o),d=Ut(T((u=>u.kind==="teardown"&&u.key===a.key))(r))(tr(a,l,c));return d}))(T((a=>a.kind!=="teardown"&&(a.kind!=="subscription"||!!a.context.fetchSubscriptions)))(r)),s=e(T((a=>a.kind==="teardown"||a.kind==="subscription"&&!a.context.fetchSubscriptions))(r));return ye([n,s])},dr=e=>({client:t,forward:r,dispatchDebug:n})=>e.reduceRight(((s,a)=>a({client:t,forward(o){return _e(s(_e(o)))},dispatchDebug(o){}})),r),lr=({dispatchDebug:e})=>t=>T((r=>!1))(t),cr=function e(t){var r=0,n=new Map,s=new Map,a=new Set,o=[],l={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod!=null?t.preferGetMethod:"within-url-limit",requestPolicy:t.requestPolicy||"cache-first"},c=Kn();function d(m){(m.kind==="mutation"||m.kind==="teardown"||!a.has(m.key))&&(m.kind==="teardown"?a.delete(m.key):m.kind!=="mutation"&&a.add(m.key),c.next(m))}var u=!1;function f(m){if(m&&d(m),!u){for(u=!0;u&&(m=o.shift());)d(m);u=!1}}var p=m=>{var _=Ut(T((g=>g.kind==="teardown"&&g.key===m.key))(c.source))(T((g=>g.operation.kind===m.kind&&g.operation.key===m.key&&(!g.operation.context._instance||g.operation.context._instance===m.context._instance)))(k));return m.kind!=="query"?_=Gn((g=>!!g.hasNext),!0)(_):_=St((g=>{var N=le(g);return g.stale||g.hasNext?N:ye([N,xe((()=>(g.stale=!0,g)))(Hn(1)(T((Y=>Y.key===m.key))(c.source)))])}))(_),m.kind!=="mutation"?_=Vn((()=>{a.delete(m.key),n.delete(m.key),s.delete(m.key),u=!1;for(var g=o.length-1;g>=0;g--)o[g].key===m.key&&o.splice(g,1);d($e("teardown",m,m.context))}))(Un((g=>{if(g.stale)if(!g.hasNext)a.delete(m.key);else for(var N=0;N<o.length;N++){var Y=o[N];if(Y.key===g.operation.key){a.delete(Y.key);break}}else g.hasNext||a.delete(m.key);n.set(m.key,g)}))(_)):_=nn((()=>{d(m)}))(_),_e(_)},h=this instanceof e?this:Object.create(e.prototype),y=Object.assign(h,{suspense:!!t.suspense,operations$:c.source,reexecuteOperation(m){if(m.kind==="teardown")f(m);else if(m.kind==="mutation")o.push(m),Promise.resolve().then(f);else if(s.has(m.key)){for(var _=!1,g=0;g<o.length;g++)o[g].key===m.key&&(o[g]=m,_=!0);_||a.has(m.key)&&m.context.requestPolicy!=="network-only"?(a.delete(m.key),Promise.resolve().then(f)):(o.push(m),Promise.resolve().then(f))}},createRequestOperation(m,_,g){return g||(g={}),$e(m,_,{_instance:m==="mutation"?r=r+1|0:void 0,...l,...g,requestPolicy:g.requestPolicy||l.requestPolicy,suspense:g.suspense||g.suspense!==!1&&y.suspense})},executeRequestOperation(m){return m.kind==="mutation"?un(p(m)):un(qi((()=>{var _=s.get(m.key);_||s.set(m.key,_=p(m)),_=nn((()=>{f(m)}))(_);var g=n.get(m.key);return m.kind==="query"&&g&&(g.stale||g.hasNext)?St(le)(ye([_,T((N=>N===n.get(m.key)))(le(g))])):_})))},executeQuery(m,_){var g=y.createRequestOperation("query",m,_);return y.executeRequestOperation(g)},executeSubscription(m,_){var g=y.createRequestOperation("subscription",m,_);return y.executeRequestOperation(g)},executeMutation(m,_){var g=y.createRequestOperation("mutation",m,_);return y.executeRequestOperation(g)},readQuery(m,_,g){var N=null;return Ne((Y=>{N=Y}))(y.query(m,_,g)).unsubscribe(),N},query:(m,_,g)=>y.executeQuery(We(m,_),g),subscription:(m,_,g)=>y.executeSubscription(We(m,_),g),mutation:(m,_,g)=>y.executeMutation(We(m,_),g)}),O=ir,b=dr(t.exchanges),k=_e(b({client:y,dispatchDebug:O,forward:lr({dispatchDebug:O})})(c.source));return Vi(k),y},Oe,E,mt,mn,Ft=Object.is,Re=0,ti=[],Ct=[],D=F,pn=D.__b,vn=D.__r,gn=D.diffed,yn=D.__c,_n=D.unmount,bn=D.__;function lt(e,t){D.__h&&D.__h(E,e,Re||t),Re=0;var r=E.__H||(E.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function G(e){return Re=1,ur(ii,e)}function ur(e,t,r){var n=lt(Oe++,2);if(n.t=e,!n.__c&&(n.__=[ii(void 0,t),function(a){var o=(n.__N||n.__)[0],l=n.t(o,a);Ft(o,l)||(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=E,!E.__f)){E.__f=!0;var s=E.shouldComponentUpdate;E.shouldComponentUpdate=function(a,o,l){var c=this.__H;if(!c)return!0;var d=!1,u=this.props!=a;if(c.__.some(function(p){p.__N&&(d=!0,Ft(p.__[0],p.__N[0])||(u=!0))}),s){var f=s.call(this,a,o,l);return d?f||u:f}return!d||u}}return n.__}function X(e,t){var r=lt(Oe++,3);!D.__s&&ni(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,E.__H.__h.push(r))}function zt(e){return Re=5,Le(function(){return{current:e}},[])}function Le(e,t){var r=lt(Oe++,7);return ni(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function pt(e,t){return Re=8,Le(function(){return e},t)}function Be(e){var t=E.context[e.__c],r=lt(Oe++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(E)),t.props.value):e.__}function fr(){var e;do{for(;e=Ct.shift();)try{De(e)}catch(r){D.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=ti.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(Et),t.__h=[]}catch(r){t.__h=[],D.__e(r,e.__v)}}}while(Ct.length)}D.__b=function(e){E=null,pn&&pn(e)},D.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),bn&&bn(e,t)},D.__r=function(e){vn&&vn(e),Oe=0;var t=(E=e.__c).__H;t&&(mt==E?E.__h=[]:(t.__h.some(De),t.__h.some(Et),Oe=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),mt=E},D.diffed=function(e){gn&&gn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&On(ti.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),mt=E=null},D.__c=function(e,t){t.some(function(r){try{r.__h.some(De),r.__h=r.__h.filter(function(n){return!n.__||Et(n)})}catch(n){r.__h=[function(){throw n}]}}),yn&&yn(e,t)},D.unmount=function(e){_n&&_n(e);var t,r,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}s.__P=r,On(Ct.push(s))}else De(s)}catch(a){t=a}}),n.__H=void 0,t&&D.__e(t,n.__v))};var $n=typeof requestAnimationFrame=="function";function hr(e){var t,r=function(){clearTimeout(n),$n&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);$n&&(t=requestAnimationFrame(r))}function On(e){e!=1&&mn==D.requestAnimationFrame||((mn=D.requestAnimationFrame)||hr)(fr)}function De(e){var t=E,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),E=t}function Et(e){var t=E;e.__c=e.__(),E=t}function ni(e,t){return!e||e.length!=t.length||t.some(function(r,n){return!Ft(r,e[n])})}function ii(e,t){return typeof t=="function"?t(e):t}var mr={},ct=qt(mr),pr=ct.Provider;ct.Consumer;ct.displayName="UrqlContext";var vr=()=>{var e=Be(ct);return e},vt=!1,gr=(e,t)=>e===t||!(!e||!t||e.key!==t.key),yr=(e,t)=>{if(typeof e!="object"||typeof t!="object")return e!==t;for(var r in e)if(!(r in t))return!0;for(var n in t)if(n==="operation"?!gr(e[n],t[n]):e[n]!==t[n])return!0;return!1};function _r(e,t){var[r,n]=Le((()=>{var o=Kn();return[Mn([le(e),o.source]),l=>{l!==e&&o.next(e=l)}]}),[]),[s,a]=G((()=>{vt=!0;var o;try{Ne((l=>{o=l}))(t(le(e))).unsubscribe()}finally{vt=!1}return o}));return X((()=>Ne((o=>{vt||a((l=>yr(l,o)?o:l))}))(t(r,s)).unsubscribe),[r]),[s,n]}function br(e,t){var r=zt(void 0);return Le((()=>{var n=We(e,t);return r.current!==void 0&&r.current.key===n.key?r.current:(r.current=n,n)}),[e,t])}var $r={fetching:!1,stale:!1,hasNext:!1,error:void 0,data:void 0,extensions:void 0,operation:void 0},gt=(e,t)=>t&&t.suspense!==void 0?!!t.suspense:e.suspense,yt=new Map;function Or(e){var t=vr(),r=br(e.query,e.variables),n=pt((c=>{var d=gt(t,e.context),u=d?yt.get(r.key):void 0;return u||(u=t.executeQuery(r,{requestPolicy:e.requestPolicy,...e.context,...c}),d&&(u=(function(p){var h=_e(p),y,O;return b=>{var k=!1;if(Gn((_=>(y===void 0&&Promise.resolve(_).then(O),y=_,!k)))(h)(b),y!==void 0){var m=[y];m.tag=1,b(m)}else throw k=!0,b(0),new Promise((_=>{O=_}))}})(u),typeof window<"u"&&yt.set(r.key,u))),u}),[t,r,e.requestPolicy,e.context]),s=Le((()=>e.pause?null:n()),[e.pause,n]),[a,o]=_r(s,pt(((c,d)=>ji(((u,f)=>({...u,...f})),d||$r)(St((u=>u?Mn([le({fetching:!0,stale:!1}),xe((({stale:f,data:p,error:h,extensions:y,operation:O,hasNext:b})=>({fetching:!1,stale:!!f,hasNext:b,data:p,error:h,operation:O,extensions:y})))(u),le({fetching:!1,stale:!1,hasNext:!1})]):le({fetching:!1,stale:!1,hasNext:!1})))(c))),[])),l=pt((c=>{o(n({suspense:!1,...c}))}),[o,n]);return X((()=>{yt.delete(r.key),gt(t,e.context)||o(s)}),[o,t,s,r,e.context]),gt(t,e.context)&&o(s),[a,l]}const ri=new URL("/graphql",location.href).toString(),xt=mi({url:ri.replace(/^http/,"ws"),lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0}),Jt=new cr({url:ri,preferGetMethod:!1,requestPolicy:"cache-and-network",exchanges:[sr,or,ar({forwardSubscription(e){const t={...e,query:e.query||""};return{subscribe(r){return{unsubscribe:xt.subscribe(t,r)}}}}})]});function z(e,t,r=!1){return Or({query:e.toString(),variables:t,pause:r})}async function ke(e,t){const r=await Jt.query(e.toString(),t,{requestPolicy:"network-only"}).toPromise();if(r.error)throw r.error;if(!r.data)throw new Error("the server answered no data");return r.data}const kr=["valid","pos","known","pub"];function si(e){const t=e.replace(/^#/,""),r=t.indexOf("?"),n=r<0?t:t.slice(0,r),s=new URLSearchParams(r<0?"":t.slice(r+1));return{path:n.split("/").filter(Boolean).map(decodeURIComponent),params:s}}function ut(e,t){const r=t instanceof URLSearchParams?new URLSearchParams(t):new URLSearchParams;if(!(t instanceof URLSearchParams))for(const[s,a]of Object.entries(t))a&&r.set(s,a);for(const[s,a]of[...r.entries()])a||r.delete(s);const n=r.toString();return"#/"+e.map(encodeURIComponent).join("/")+(n?"?"+n:"")}function Sr(){const[e,t]=G(location.hash);return X(()=>{const r=()=>t(location.hash);return addEventListener("hashchange",r),()=>removeEventListener("hashchange",r)},[]),si(e)}function ft(){return si(location.hash)}function x(e,t={},r=ft()){const n=new URLSearchParams;for(const s of kr){const a=r.params.get(s);a&&n.set(s,a)}for(const[s,a]of Object.entries(t))a?n.set(s,a):n.delete(s);return ut(e,n)}function ai(e){location.hash!==e&&(location.hash=e)}function j(e,t=!1){const r=ft(),n=new URLSearchParams(r.params);n.delete("basis");for(const[a,o]of Object.entries(e))o?n.set(a,o):n.delete(a);const s=ut(r.path,n);t?(history.replaceState(null,"",s),dispatchEvent(new HashChangeEvent("hashchange"))):ai(s)}const oi=new Set;function Ir(e){const t=ft();if(t.params.has("pos")||t.params.has("known"))return;const r=`${e.position},${e.validAt}`;if(t.params.get("basis")===r)return;const n=new URLSearchParams(t.params);n.set("basis",r);const s=ut(t.path,n);oi.add(s),history.replaceState(history.state,"",s)}function Qt(e){const t=e.params.get("basis");if(!t||oi.has(ut(e.path,e.params)))return null;const r=/^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(t);return r?{position:Number(r[1]),validAt:r[2]}:null}function ne(e){const t={},r=e.params.get("valid"),n=e.params.get("pos"),s=e.params.get("known"),a=Qt(e),o=e.params.get("pub");return r&&(t.validAt=r),o&&(t.publishedBy=o),n&&/^\d+$/.test(n)?t.position=Number(n):s?t.knownAt=s:a&&(t.position=a.position,t.validAt??=a.validAt),Object.keys(t).length?t:void 0}function wr(e){return e.params.has("pos")||e.params.has("known")||Qt(e)!==null}const Kt=qt({head:null,events:[],connected:!1});function ie(e,t){const{events:r}=Be(Kt),n=r.length?r[r.length-1].position:0,s=zt(n),a=wr(e)||e.params.has("after")||e.params.has("before");X(()=>{n>s.current&&!a&&t(),s.current=n},[n,a])}class w extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}const Ar=new w(`
    fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}
    `,{fragmentName:"SummaryFields"}),Fr=new w(`
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
    `,{fragmentName:"BasisFields"}),Cr=new w(`
    fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
    `,{fragmentName:"EventFields"}),Er=new w(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `,{fragmentName:"SourceFields"}),xr=new w(`
    fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}`,{fragmentName:"LinkFields"}),Dr=new w(`
    fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}`,{fragmentName:"RecordFields"}),Nr=new w(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `),Rr=new w(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `),Pr=new w(`
    query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {
  measures(
    asOf: $asOf
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      title
      status
      measureType
      implementingJurisdiction
      announcedOn
      authority {
        id
        name
      }
      affected {
        jurisdiction
        how
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),Lr=new w(`
    query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {
  designations(
    asOf: $asOf
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      party {
        id
        name
        jurisdiction
        schema
      }
      list
      listEntryId
      programs
      status
      effectiveOn
      effectiveNotBefore
      delistedOn
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),Br=new w(`
    query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  transactions(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      title
      status
      announcedOn
      target {
        id
        name
        jurisdiction
      }
      acquirers {
        id
        name
        jurisdiction
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),Tr=new w(`
    query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  dialogues(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      name
      level
      establishedOn
      parties {
        id
        name
        jurisdiction
      }
      meetings {
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),jr=new w(`
    query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
  enforcementActions(
    asOf: $asOf
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      recordId
      actionKind
      openedOn
      summary
      closed
      authority {
        id
        name
        jurisdiction
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),qr=new w(`
    query Search($asOf: AsOf, $text: String!, $id: ID!) {
  byText: measures(asOf: $asOf, filter: {text: $text}, first: 25) {
    totalCount
    basis {
      ...BasisFields
    }
    nodes {
      recordId
      title
      status
      announcedOn
      implementingJurisdiction
    }
  }
  byItem: measures(asOf: $asOf, filter: {item: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      title
      status
      announcedOn
      implementingJurisdiction
    }
  }
  byList: designations(asOf: $asOf, filter: {list: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  byName: designations(asOf: $asOf, filter: {name: $text}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  byParty: designations(asOf: $asOf, filter: {partyId: $id}, first: 25) {
    totalCount
    nodes {
      recordId
      list
      status
      party {
        id
        name
      }
    }
  }
  measure(recordId: $id, asOf: $asOf) {
    recordId
    title
    status
  }
  designation(recordId: $id, asOf: $asOf) {
    recordId
    list
    status
    party {
      name
    }
  }
  transaction(recordId: $id, asOf: $asOf) {
    recordId
    title
    status
  }
  dialogue(recordId: $id, asOf: $asOf) {
    recordId
    name
  }
  enforcementAction(recordId: $id, asOf: $asOf) {
    recordId
    summary
  }
  source(recordId: $id, asOf: $asOf) {
    recordId
    title
    publisher
  }
  transactions(asOf: $asOf, first: 100) {
    nodes {
      recordId
      title
      status
      target {
        id
        name
      }
      acquirers {
        id
        name
      }
    }
  }
  dialogues(asOf: $asOf, first: 100) {
    nodes {
      recordId
      name
      parties {
        id
        name
      }
    }
  }
  enforcementActions(asOf: $asOf, first: 100) {
    nodes {
      recordId
      summary
      targets {
        id
        name
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),Mr=new w(`
    query MeasureRecord($id: ID!, $asOf: AsOf) {
  record: measure(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    summary
    status
    measureType
    implementingJurisdiction
    countryNeutral
    announcedOn
    authority {
      id
      name
      jurisdiction
    }
    affected {
      jurisdiction
      how
    }
    items {
      scheme
      code
      description
    }
    instrument {
      title
      citation
      legalBasis
    }
    provisions {
      id
      title
      effectiveOn
      endsOn
      status
      suspension {
        id
        from
        until
      }
    }
    dates {
      kind
      date
      precision
      note
    }
    sources {
      ...SourceFields
    }
    amendments {
      id
      effectiveOn
      summary
      instrument {
        title
        citation
      }
      endProvisions
      addProvisions {
        id
        title
        effectiveOn
      }
    }
    suspensions {
      id
      provisionIds
      from
      until
      reason
      end {
        endedOn
        how
        reason
      }
    }
    revocation {
      effectiveOn
      reason
    }
    expiry {
      expiredOn
      reason
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),Vr=new w(`
    query DesignationRecord($id: ID!, $asOf: AsOf) {
  record: designation(recordId: $id, asOf: $asOf) {
    ...RecordFields
    party {
      id
      name
      jurisdiction
      schema
      properties {
        name
        values
      }
    }
    list
    listEntryId
    programs
    remarks
    effectiveNotBefore
    amendments {
      amendmentId
      effectiveOn
      effectiveNotBefore
      inEffect
      summary
      changes {
        field
        old
        new
      }
    }
    listAuthority {
      id
      name
      jurisdiction
    }
    status
    licenceRequirement
    reviewPolicy
    footnotes
    savingsClauseUntil
    effectiveOn
    delistedOn
    measureId
    instrument {
      title
      citation
      legalBasis
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),Ur=new w(`
    query TransactionRecord($id: ID!, $asOf: AsOf) {
  record: transaction(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    status
    announcedOn
    outsideDate
    acquirers {
      id
      name
      jurisdiction
    }
    target {
      id
      name
      jurisdiction
    }
    value {
      amount
      currency
    }
    sources {
      ...SourceFields
    }
    reviews {
      id
      regime
      trigger
      openedOn
      outcome
      concludedOn
      conditions
      summary
      authority {
        id
        name
        jurisdiction
      }
    }
    termination {
      terminatedOn
      reason
    }
    completion {
      completedOn
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),Hr=new w(`
    query DialogueRecord($id: ID!, $asOf: AsOf) {
  record: dialogue(recordId: $id, asOf: $asOf) {
    ...RecordFields
    name
    level
    cadence
    purpose
    establishedOn
    parties {
      id
      name
      jurisdiction
    }
    sources {
      ...SourceFields
    }
    meetings {
      id
      title
      heldOn
      place
      level
      outcomes
      participants {
        name
        role
        jurisdiction
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),Gr=new w(`
    query EnforcementRecord($id: ID!, $asOf: AsOf) {
  record: enforcementAction(recordId: $id, asOf: $asOf) {
    ...RecordFields
    actionKind
    openedOn
    summary
    closed
    legalBasis
    authority {
      id
      name
      jurisdiction
    }
    targets {
      id
      name
      jurisdiction
    }
    sources {
      ...SourceFields
    }
    findings {
      id
      issuedOn
      outcome
      final
      summary
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),zr=new w(`
    query SourceRecord($id: ID!, $asOf: AsOf) {
  record: source(recordId: $id, asOf: $asOf) {
    ...RecordFields
    title
    publisher
    citation
    url
    official
    language
    sha256
    publishedOn
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
fragment EventFields on LedgerEvent {
  position
  eventId
  type
  stream
  version
  recordedAt
  actor
  command
  data
  hash
  subject {
    kind
    id
  }
}
fragment LinkFields on Link {
  id
  relation
  assertedBy
  evidence
  knownSince
  fromRef {
    kind
    id
  }
  toRef {
    kind
    id
  }
  sources {
    ...SourceFields
  }
}
fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    ...BasisFields
  }
  history {
    ...EventFields
  }
  corrections {
    id
    eventId
    field
    oldValue
    newValue
    reason
    evidence
    sources {
      ...SourceFields
    }
  }
  retraction {
    id
    eventId
    reason
    sources {
      ...SourceFields
    }
  }
  sourceConflicts {
    id
    field
    followed
    note
    claims {
      value
      source {
        ...SourceFields
      }
    }
  }
  outgoingLinks {
    ...LinkFields
  }
  incomingLinks {
    ...LinkFields
  }
}`),Jr=new w(`
    query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
  timeline(
    subject: {record: {kind: $kind, id: $id}}
    order: VALID
    asOf: $asOf
    first: 100
  ) {
    nodes {
      validFrom
      validUntil
      event {
        type
      }
    }
  }
}
    `),Qr=new w(`
    query SummaryAt($id: ID!, $asOf: AsOf) {
  measure(recordId: $id, asOf: $asOf) {
    status
  }
  designation(recordId: $id, asOf: $asOf) {
    status
  }
  transaction(recordId: $id, asOf: $asOf) {
    status
  }
  enforcementAction(recordId: $id, asOf: $asOf) {
    closed
  }
}
    `),Kr=new w(`
    query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {
  auditTrail(record: {kind: $kind, id: $id}, asOf: {position: $position}) {
    entries {
      event {
        position
        hash
        inclusionProof(treeSize: $treeSize) {
          leafIndex
          treeSize
          leafHash
          rootHash
          path
        }
      }
    }
  }
  treeHead(size: $treeSize) {
    size
    rootHash
  }
}
    `),Wr=new w(`
    query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {
  timeline(
    subject: $subject
    order: $order
    asOf: $asOf
    first: $first
    after: $after
  ) {
    totalCount
    basis {
      ...BasisFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      record {
        kind
        id
      }
      validFrom
      validUntil
      correctedAt
      retractedAt
      event {
        position
        type
        recordedAt
        actor
        command
        data
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),Yr=new w(`
    query Diff($from: AsOf!, $to: AsOf!) {
  diff(from: $from, to: $to) {
    fromBasis {
      ...BasisFields
    }
    toBasis {
      ...BasisFields
    }
    changes {
      record {
        ...SummaryFields
      }
      what
      statusBefore
      statusAfter
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`),Xr=new w(`
    query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
  retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
    basis {
      ...BasisFields
    }
    root {
      kind
      id
    }
    truncated
    nodes {
      depth
      record {
        ...SummaryFields
      }
    }
    edges {
      id
      relation
      assertedBy
      evidence
      fromRef {
        kind
        id
      }
      toRef {
        kind
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`),Zr=new w(`
    query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
  escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
    basis {
      ...BasisFields
    }
    steps {
      by
      against
      measure {
        ...SummaryFields
      }
      answers {
        id
        relation
        assertedBy
        fromRef {
          kind
          id
        }
        toRef {
          kind
          id
        }
      }
    }
    links {
      id
      relation
      assertedBy
      evidence
      fromRef {
        kind
        id
      }
      toRef {
        kind
        id
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
fragment SummaryFields on RecordSummary {
  ref {
    kind
    id
  }
  known
  retracted
  label
  jurisdiction
  date
  status
}`),es=new w(`
    subscription LiveEvents($after: Int) {
  ledgerEvents(after: $after) {
    position
    type
    recordedAt
    actor
    subject {
      kind
      id
    }
  }
}
    `),ts=new w(`
    query Lists($asOf: AsOf) {
  lists(asOf: $asOf) {
    list
    basis {
      ...BasisFields
    }
    snapshots
    publishedAt
    ageSeconds
    listed
    lastSnapshot {
      recordId
      title
      sha256
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),ns=new w(`
    query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {
  listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {
    from {
      ...BasisFields
    }
    to {
      ...BasisFields
    }
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      op
      designation {
        recordId
        listEntryId
        party {
          id
          name
        }
      }
      changes {
        field
        old
        new
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),is={"\n  fragment BasisFields on Basis {\n    position\n    validAt\n    publishedBy\n  }\n":Fr,"\n  fragment SourceFields on Source {\n    sourceId\n    citation\n    title\n    publisher\n    url\n    official\n    publishedOn\n  }\n":Er,"\n  fragment EventFields on LedgerEvent {\n    position\n    eventId\n    type\n    stream\n    version\n    recordedAt\n    actor\n    command\n    data\n    hash\n    subject { kind id }\n  }\n":Cr,"\n  fragment SummaryFields on RecordSummary {\n    ref { kind id }\n    known\n    retracted\n    label\n    jurisdiction\n    date\n    status\n  }\n":Ar,"\n  fragment LinkFields on Link {\n    id\n    relation\n    assertedBy\n    evidence\n    knownSince\n    fromRef { kind id }\n    toRef { kind id }\n    sources { ...SourceFields }\n  }\n":xr,"\n  fragment RecordFields on Record {\n    id\n    recordId\n    kind\n    version\n    knownSince\n    basis { ...BasisFields }\n    history { ...EventFields }\n    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }\n    retraction { id eventId reason sources { ...SourceFields } }\n    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }\n    outgoingLinks { ...LinkFields }\n    incomingLinks { ...LinkFields }\n  }\n":Dr,"\n  query LedgerHead {\n    ledger { head signingKey { keyId } }\n  }\n":Nr,"\n  query TreeHead($size: Int) {\n    treeHead(size: $size) { size rootHash }\n  }\n":Rr,"\n  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        measureType\n        implementingJurisdiction\n        announcedOn\n        authority { id name }\n        affected { jurisdiction how }\n      }\n    }\n  }\n":Pr,"\n  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        party { id name jurisdiction schema }\n        list\n        listEntryId\n        programs\n        status\n        effectiveOn\n        effectiveNotBefore\n        delistedOn\n      }\n    }\n  }\n":Lr,"\n  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        announcedOn\n        target { id name jurisdiction }\n        acquirers { id name jurisdiction }\n      }\n    }\n  }\n":Br,"\n  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        name\n        level\n        establishedOn\n        parties { id name jurisdiction }\n        meetings { id }\n      }\n    }\n  }\n":Tr,"\n  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        actionKind\n        openedOn\n        summary\n        closed\n        authority { id name jurisdiction }\n      }\n    }\n  }\n":jr,"\n  query Search($asOf: AsOf, $text: String!, $id: ID!) {\n    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {\n      totalCount\n      basis { ...BasisFields }\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {\n      totalCount\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byName: designations(asOf: $asOf, filter: { name: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    measure(recordId: $id, asOf: $asOf) { recordId title status }\n    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }\n    transaction(recordId: $id, asOf: $asOf) { recordId title status }\n    dialogue(recordId: $id, asOf: $asOf) { recordId name }\n    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }\n    source(recordId: $id, asOf: $asOf) { recordId title publisher }\n    transactions(asOf: $asOf, first: 100) {\n      nodes { recordId title status target { id name } acquirers { id name } }\n    }\n    dialogues(asOf: $asOf, first: 100) {\n      nodes { recordId name parties { id name } }\n    }\n    enforcementActions(asOf: $asOf, first: 100) {\n      nodes { recordId summary targets { id name } }\n    }\n  }\n":qr,"\n  query MeasureRecord($id: ID!, $asOf: AsOf) {\n    record: measure(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      summary\n      status\n      measureType\n      implementingJurisdiction\n      countryNeutral\n      announcedOn\n      authority { id name jurisdiction }\n      affected { jurisdiction how }\n      items { scheme code description }\n      instrument { title citation legalBasis }\n      provisions { id title effectiveOn endsOn status suspension { id from until } }\n      dates { kind date precision note }\n      sources { ...SourceFields }\n      amendments {\n        id\n        effectiveOn\n        summary\n        instrument { title citation }\n        endProvisions\n        addProvisions { id title effectiveOn }\n      }\n      suspensions { id provisionIds from until reason end { endedOn how reason } }\n      revocation { effectiveOn reason }\n      expiry { expiredOn reason }\n    }\n  }\n":Mr,"\n  query DesignationRecord($id: ID!, $asOf: AsOf) {\n    record: designation(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      party { id name jurisdiction schema properties { name values } }\n      list\n      listEntryId\n      programs\n      remarks\n      effectiveNotBefore\n      amendments { amendmentId effectiveOn effectiveNotBefore inEffect summary changes { field old new } }\n      listAuthority { id name jurisdiction }\n      status\n      licenceRequirement\n      reviewPolicy\n      footnotes\n      savingsClauseUntil\n      effectiveOn\n      delistedOn\n      measureId\n      instrument { title citation legalBasis }\n      sources { ...SourceFields }\n    }\n  }\n":Vr,"\n  query TransactionRecord($id: ID!, $asOf: AsOf) {\n    record: transaction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      status\n      announcedOn\n      outsideDate\n      acquirers { id name jurisdiction }\n      target { id name jurisdiction }\n      value { amount currency }\n      sources { ...SourceFields }\n      reviews {\n        id\n        regime\n        trigger\n        openedOn\n        outcome\n        concludedOn\n        conditions\n        summary\n        authority { id name jurisdiction }\n      }\n      termination { terminatedOn reason }\n      completion { completedOn }\n    }\n  }\n":Ur,"\n  query DialogueRecord($id: ID!, $asOf: AsOf) {\n    record: dialogue(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      name\n      level\n      cadence\n      purpose\n      establishedOn\n      parties { id name jurisdiction }\n      sources { ...SourceFields }\n      meetings {\n        id\n        title\n        heldOn\n        place\n        level\n        outcomes\n        participants { name role jurisdiction }\n        sources { ...SourceFields }\n      }\n    }\n  }\n":Hr,"\n  query EnforcementRecord($id: ID!, $asOf: AsOf) {\n    record: enforcementAction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      actionKind\n      openedOn\n      summary\n      closed\n      legalBasis\n      authority { id name jurisdiction }\n      targets { id name jurisdiction }\n      sources { ...SourceFields }\n      findings { id issuedOn outcome final summary }\n    }\n  }\n":Gr,"\n  query SourceRecord($id: ID!, $asOf: AsOf) {\n    record: source(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      publisher\n      citation\n      url\n      official\n      language\n      sha256\n      publishedOn\n    }\n  }\n":zr,"\n  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {\n    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {\n      nodes { validFrom validUntil event { type } }\n    }\n  }\n":Jr,"\n  query SummaryAt($id: ID!, $asOf: AsOf) {\n    measure(recordId: $id, asOf: $asOf) { status }\n    designation(recordId: $id, asOf: $asOf) { status }\n    transaction(recordId: $id, asOf: $asOf) { status }\n    enforcementAction(recordId: $id, asOf: $asOf) { closed }\n  }\n":Qr,"\n  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {\n    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {\n      entries {\n        event {\n          position\n          hash\n          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }\n        }\n      }\n    }\n    treeHead(size: $treeSize) { size rootHash }\n  }\n":Kr,"\n  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {\n    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        record { kind id }\n        validFrom\n        validUntil\n        correctedAt\n        retractedAt\n        event { position type recordedAt actor command data }\n      }\n    }\n  }\n":Wr,"\n  query Diff($from: AsOf!, $to: AsOf!) {\n    diff(from: $from, to: $to) {\n      fromBasis { ...BasisFields }\n      toBasis { ...BasisFields }\n      changes {\n        record { ...SummaryFields }\n        what\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n":Yr,"\n  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {\n    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {\n      basis { ...BasisFields }\n      root { kind id }\n      truncated\n      nodes { depth record { ...SummaryFields } }\n      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Xr,"\n  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {\n    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {\n      basis { ...BasisFields }\n      steps {\n        by\n        against\n        measure { ...SummaryFields }\n        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }\n      }\n      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Zr,"\n  subscription LiveEvents($after: Int) {\n    ledgerEvents(after: $after) {\n      position\n      type\n      recordedAt\n      actor\n      subject { kind id }\n    }\n  }\n":es,"\n  query Lists($asOf: AsOf) {\n    lists(asOf: $asOf) {\n      list\n      basis { ...BasisFields }\n      snapshots\n      publishedAt\n      ageSeconds\n      listed\n      lastSnapshot { recordId title sha256 }\n    }\n  }\n":ts,"\n  query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {\n    listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {\n      from { ...BasisFields }\n      to { ...BasisFields }\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        op\n        designation { recordId listEntryId party { id name } }\n        changes { field old new }\n      }\n    }\n  }\n":ns};function A(e){return is[e]??{}}A(`
  fragment BasisFields on Basis {
    position
    validAt
    publishedBy
  }
`);A(`
  fragment SourceFields on Source {
    sourceId
    citation
    title
    publisher
    url
    official
    publishedOn
  }
`);A(`
  fragment EventFields on LedgerEvent {
    position
    eventId
    type
    stream
    version
    recordedAt
    actor
    command
    data
    hash
    subject { kind id }
  }
`);A(`
  fragment SummaryFields on RecordSummary {
    ref { kind id }
    known
    retracted
    label
    jurisdiction
    date
    status
  }
`);A(`
  fragment LinkFields on Link {
    id
    relation
    assertedBy
    evidence
    knownSince
    fromRef { kind id }
    toRef { kind id }
    sources { ...SourceFields }
  }
`);A(`
  fragment RecordFields on Record {
    id
    recordId
    kind
    version
    knownSince
    basis { ...BasisFields }
    history { ...EventFields }
    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }
    retraction { id eventId reason sources { ...SourceFields } }
    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }
    outgoingLinks { ...LinkFields }
    incomingLinks { ...LinkFields }
  }
`);const rs=A(`
  query LedgerHead {
    ledger { head signingKey { keyId } }
  }
`),di=A(`
  query TreeHead($size: Int) {
    treeHead(size: $size) { size rootHash }
  }
`),ss=A(`
  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {
    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        title
        status
        measureType
        implementingJurisdiction
        announcedOn
        authority { id name }
        affected { jurisdiction how }
      }
    }
  }
`),as=A(`
  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        party { id name jurisdiction schema }
        list
        listEntryId
        programs
        status
        effectiveOn
        effectiveNotBefore
        delistedOn
      }
    }
  }
`),os=A(`
  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        title
        status
        announcedOn
        target { id name jurisdiction }
        acquirers { id name jurisdiction }
      }
    }
  }
`),ds=A(`
  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        name
        level
        establishedOn
        parties { id name jurisdiction }
        meetings { id }
      }
    }
  }
`),ls=A(`
  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        actionKind
        openedOn
        summary
        closed
        authority { id name jurisdiction }
      }
    }
  }
`),cs=A(`
  query Search($asOf: AsOf, $text: String!, $id: ID!) {
    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {
      totalCount
      basis { ...BasisFields }
      nodes { recordId title status announcedOn implementingJurisdiction }
    }
    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {
      totalCount
      nodes { recordId title status announcedOn implementingJurisdiction }
    }
    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    byName: designations(asOf: $asOf, filter: { name: $text }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {
      totalCount
      nodes { recordId list status party { id name } }
    }
    measure(recordId: $id, asOf: $asOf) { recordId title status }
    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }
    transaction(recordId: $id, asOf: $asOf) { recordId title status }
    dialogue(recordId: $id, asOf: $asOf) { recordId name }
    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }
    source(recordId: $id, asOf: $asOf) { recordId title publisher }
    transactions(asOf: $asOf, first: 100) {
      nodes { recordId title status target { id name } acquirers { id name } }
    }
    dialogues(asOf: $asOf, first: 100) {
      nodes { recordId name parties { id name } }
    }
    enforcementActions(asOf: $asOf, first: 100) {
      nodes { recordId summary targets { id name } }
    }
  }
`),us=A(`
  query MeasureRecord($id: ID!, $asOf: AsOf) {
    record: measure(recordId: $id, asOf: $asOf) {
      ...RecordFields
      title
      summary
      status
      measureType
      implementingJurisdiction
      countryNeutral
      announcedOn
      authority { id name jurisdiction }
      affected { jurisdiction how }
      items { scheme code description }
      instrument { title citation legalBasis }
      provisions { id title effectiveOn endsOn status suspension { id from until } }
      dates { kind date precision note }
      sources { ...SourceFields }
      amendments {
        id
        effectiveOn
        summary
        instrument { title citation }
        endProvisions
        addProvisions { id title effectiveOn }
      }
      suspensions { id provisionIds from until reason end { endedOn how reason } }
      revocation { effectiveOn reason }
      expiry { expiredOn reason }
    }
  }
`),fs=A(`
  query DesignationRecord($id: ID!, $asOf: AsOf) {
    record: designation(recordId: $id, asOf: $asOf) {
      ...RecordFields
      party { id name jurisdiction schema properties { name values } }
      list
      listEntryId
      programs
      remarks
      effectiveNotBefore
      amendments { amendmentId effectiveOn effectiveNotBefore inEffect summary changes { field old new } }
      listAuthority { id name jurisdiction }
      status
      licenceRequirement
      reviewPolicy
      footnotes
      savingsClauseUntil
      effectiveOn
      delistedOn
      measureId
      instrument { title citation legalBasis }
      sources { ...SourceFields }
    }
  }
`),hs=A(`
  query TransactionRecord($id: ID!, $asOf: AsOf) {
    record: transaction(recordId: $id, asOf: $asOf) {
      ...RecordFields
      title
      status
      announcedOn
      outsideDate
      acquirers { id name jurisdiction }
      target { id name jurisdiction }
      value { amount currency }
      sources { ...SourceFields }
      reviews {
        id
        regime
        trigger
        openedOn
        outcome
        concludedOn
        conditions
        summary
        authority { id name jurisdiction }
      }
      termination { terminatedOn reason }
      completion { completedOn }
    }
  }
`),ms=A(`
  query DialogueRecord($id: ID!, $asOf: AsOf) {
    record: dialogue(recordId: $id, asOf: $asOf) {
      ...RecordFields
      name
      level
      cadence
      purpose
      establishedOn
      parties { id name jurisdiction }
      sources { ...SourceFields }
      meetings {
        id
        title
        heldOn
        place
        level
        outcomes
        participants { name role jurisdiction }
        sources { ...SourceFields }
      }
    }
  }
`),ps=A(`
  query EnforcementRecord($id: ID!, $asOf: AsOf) {
    record: enforcementAction(recordId: $id, asOf: $asOf) {
      ...RecordFields
      actionKind
      openedOn
      summary
      closed
      legalBasis
      authority { id name jurisdiction }
      targets { id name jurisdiction }
      sources { ...SourceFields }
      findings { id issuedOn outcome final summary }
    }
  }
`),vs=A(`
  query SourceRecord($id: ID!, $asOf: AsOf) {
    record: source(recordId: $id, asOf: $asOf) {
      ...RecordFields
      title
      publisher
      citation
      url
      official
      language
      sha256
      publishedOn
    }
  }
`),gs=A(`
  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {
      nodes { validFrom validUntil event { type } }
    }
  }
`),ys=A(`
  query SummaryAt($id: ID!, $asOf: AsOf) {
    measure(recordId: $id, asOf: $asOf) { status }
    designation(recordId: $id, asOf: $asOf) { status }
    transaction(recordId: $id, asOf: $asOf) { status }
    enforcementAction(recordId: $id, asOf: $asOf) { closed }
  }
`),_s=A(`
  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {
    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {
      entries {
        event {
          position
          hash
          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }
        }
      }
    }
    treeHead(size: $treeSize) { size rootHash }
  }
`),bs=A(`
  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {
    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {
      totalCount
      basis { ...BasisFields }
      pageInfo { hasNextPage endCursor }
      nodes {
        record { kind id }
        validFrom
        validUntil
        correctedAt
        retractedAt
        event { position type recordedAt actor command data }
      }
    }
  }
`),$s=A(`
  query Diff($from: AsOf!, $to: AsOf!) {
    diff(from: $from, to: $to) {
      fromBasis { ...BasisFields }
      toBasis { ...BasisFields }
      changes {
        record { ...SummaryFields }
        what
        statusBefore
        statusAfter
      }
    }
  }
`),Os=A(`
  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
      basis { ...BasisFields }
      root { kind id }
      truncated
      nodes { depth record { ...SummaryFields } }
      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),ks=A(`
  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
      basis { ...BasisFields }
      steps {
        by
        against
        measure { ...SummaryFields }
        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }
      }
      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),Ss=A(`
  subscription LiveEvents($after: Int) {
    ledgerEvents(after: $after) {
      position
      type
      recordedAt
      actor
      subject { kind id }
    }
  }
`),Is=A(`
  query Lists($asOf: AsOf) {
    lists(asOf: $asOf) {
      list
      basis { ...BasisFields }
      snapshots
      publishedAt
      ageSeconds
      listed
      lastSnapshot { recordId title sha256 }
    }
  }
`),ws=A(`
  query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {
    listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {
      from { ...BasisFields }
      to { ...BasisFields }
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        op
        designation { recordId listEntryId party { id name } }
        changes { field old new }
      }
    }
  }
`),Wt=qt({basis:null,setBasis:()=>{}});function W(e){const{setBasis:t}=Be(Wt),r=e?`${e.position}/${e.validAt}`:"";X(()=>{t(e??null),e&&Ir(e)},[r])}function As(){return new Date().toISOString().slice(0,10)}function Fs({route:e}){const t=e.params.get("valid")??"",r=e.params.get("pos")??"",n=e.params.get("known")??"",s=e.params.get("pub")??"",a=r?"position":n?"time":"all",[o,l]=G(a);return X(()=>l(a),[a]),i("form",{class:"time-controls","aria-label":"Time controls",onSubmit:c=>{c.preventDefault();const d=new FormData(c.currentTarget),u=String(d.get("mode")),f=String(d.get("known")??""),p=String(d.get("pub")??"");j({valid:String(d.get("valid")??""),pub:p?new Date(p+"Z").toISOString():void 0,pos:u==="position"?String(d.get("pos")??""):void 0,known:u==="time"&&f?new Date(f+"Z").toISOString():void 0,after:void 0,before:void 0,root:void 0})},children:[i("label",{children:["Valid on ",i("input",{type:"date",name:"valid",defaultValue:t,"aria-describedby":"valid-help"},`v-${t}`)]}),i("span",{id:"valid-help",class:"help",children:t?"":`today (${As()})`}),i("label",{children:["Knowledge"," ",i("select",{name:"mode",value:o,onChange:c=>l(c.currentTarget.value),children:[i("option",{value:"all",children:"everything recorded"}),i("option",{value:"position",children:"as of ledger position"}),i("option",{value:"time",children:"as recorded by time (UTC)"})]})]}),o==="position"&&i("label",{children:["Position ",i("input",{type:"number",name:"pos",min:0,defaultValue:r,required:!0},`p-${r}`)]}),o==="time"&&i("label",{children:["Recorded by"," ",i("input",{type:"datetime-local",name:"known",step:1,defaultValue:n?n.slice(0,19):"",required:!0},`k-${n}`)]}),i("label",{children:["Published by"," ",i("input",{type:"datetime-local",name:"pub",step:1,defaultValue:s?s.slice(0,19):"","aria-describedby":"pub-help"},`b-${s}`)]}),i("span",{id:"pub-help",class:"help",children:s?"":"any publication date"}),i("button",{type:"submit",children:"Apply"}),(t||r||n||s)&&i("button",{type:"button",onClick:()=>j({valid:void 0,pos:void 0,known:void 0,pub:void 0,after:void 0,before:void 0,root:void 0}),children:"Reset to today, everything"})]})}function Cs(){const{basis:e}=Be(Wt),[t,r]=G(null),[n,s]=G("");return i("div",{class:"cite",children:[i("button",{type:"button",disabled:!e,onClick:async()=>{if(e){s("");try{const{treeHead:a}=await ke(di,{size:e.position}),o=ft(),l=x(o.path,{...Object.fromEntries(o.params),valid:e.validAt,pos:String(e.position),known:void 0,pub:e.publishedBy??void 0,basis:void 0,root:a.rootHash}),c=location.origin+location.pathname+l;let d=!1;try{await navigator.clipboard.writeText(c),d=!0}catch{d=!1}r({url:c,copied:d})}catch(a){s(a.message)}}},children:"Cite this view"}),t&&i("div",{class:"cited",role:"status",children:i("label",{children:[t.copied?"Copied: ":"Copy this link: ",i("input",{class:"cite-url",readOnly:!0,value:t.url,size:60,onFocus:a=>a.currentTarget.select()})]})}),n&&i("p",{class:"error",role:"alert",children:["Could not cite: ",n]})]})}function Es({route:e}){const t=e.params.get("root"),r=e.params.get("pos"),[n,s]=G("checking"),[a,o]=G("");return X(()=>{!t||!r||(s("checking"),ke(di,{size:Number(r)}).then(({treeHead:l})=>{o(l.rootHash),s(l.rootHash.toLowerCase()===t.toLowerCase()?"match":"differs")}).catch(()=>s("error")))},[t,r]),!t||!r?null:i("p",{class:`cited-root ${n}`,role:"status",children:["Cited view: the ledger's first ",r," events had Merkle root ",i("code",{class:"hash",children:[t.slice(0,16),"…"]})," ",n==="checking"&&"(checking…)",n==="match"&&i("strong",{children:["✓ this server's tree head at ",r," is the same"]}),n==="differs"&&i("strong",{children:["✗ this server's tree head at ",r," differs: ",i("code",{class:"hash",children:[a.slice(0,16),"…"]})]}),n==="error"&&i("strong",{children:["the server could not give a tree head at ",r]})]})}function xs({route:e,head:t}){const r=Qt(e);if(!r||e.params.has("pos")||e.params.has("known"))return null;const n=new URLSearchParams(e.params);return n.delete("basis"),i("p",{class:"notice linked-basis",role:"status",children:["This link shows the answer at ledger position ",i("strong",{children:r.position}),", valid date ",i("strong",{children:r.validAt}),", as when the link was made",t!==null&&t>r.position?`; the ledger has recorded up to position ${t} since`:"","."," ",i("a",{href:"#/"+e.path.map(encodeURIComponent).join("/")+(n.toString()?"?"+n.toString():""),children:"Show the latest"})]})}function Z({basis:e,label:t="Answer"}){return e?i("p",{class:"basis",children:[t," as of valid date ",i("strong",{children:e.validAt}),", ledger position ",i("strong",{children:e.position}),e.publishedBy&&i(S,{children:[", published by ",i("strong",{children:e.publishedBy})]})]}):null}function J({value:e}){return e?i("span",{class:`status status-${e.toLowerCase()}`,children:e.replace(/_/g," ").toLowerCase()}):null}function Te({sources:e}){return e.length?i("ul",{class:"sources",children:e.map((t,r)=>i("li",{children:[t.url?i("a",{href:t.url,rel:"noopener noreferrer",target:"_blank",children:t.title}):t.title,t.citation&&i(S,{children:[" · ",i("cite",{children:t.citation})]})," · ",t.publisher,t.publishedOn&&i(S,{children:[" · ",t.publishedOn]}),t.official?" · official":" · unofficial",t.sourceId&&i(S,{children:[" · ",i("a",{href:x(["record","SOURCE",t.sourceId]),children:["source record ",t.sourceId]})]})]},r))}):i("p",{class:"muted",children:"No sources."})}function P({error:e}){if(!e)return null;const t=e,r=t.graphQLErrors?.length?t.graphQLErrors.map(n=>`${n.message}${n.extensions?.code?` (${n.extensions.code})`:""}`):[t.networkError?`the server could not be reached: ${t.networkError.message}`:e.message];return i("div",{class:"error",role:"alert",children:r.map((n,s)=>i("p",{children:n},s))})}function L(){return i("p",{class:"loading",role:"status",children:"Loading…"})}function je({info:e,total:t,shown:r,route:n}){const s=!n.params.get("after")&&!n.params.get("before");return i("nav",{class:"pager","aria-label":"Pages",children:[i("span",{children:[r," shown of ",t]}),i("button",{type:"button",disabled:s,onClick:()=>j({after:void 0,before:void 0}),children:"First page"}),i("button",{type:"button",disabled:s||!e.hasPreviousPage||!e.startCursor,onClick:()=>j({before:e.startCursor??void 0,after:void 0}),children:"Previous page"}),i("button",{type:"button",disabled:!e.hasNextPage||!e.endCursor,onClick:()=>j({after:e.endCursor??void 0,before:void 0}),children:"Next page"})]})}function qe(e,t=25){const r=e.params.get("after"),n=e.params.get("before");return n?{last:t,before:n,asOf:ne(e)}:{first:t,after:r??void 0,asOf:ne(e)}}function R({title:e,children:t,id:r}){return i("section",{"aria-labelledby":r??kn(e),children:[i("h2",{id:r??kn(e),children:e}),t]})}function kn(e){return"h-"+e.toLowerCase().replace(/[^a-z0-9]+/g,"-")}const Ds=new Set(["MEASURE","DESIGNATION","TRANSACTION","DIALOGUE","ENFORCEMENT","SOURCE"]);function B({kind:e,id:t,children:r}){return Ds.has(e)?i("a",{href:x(["record",e,t]),children:r??t}):i("span",{children:r??`${e.toLowerCase()} ${t}`})}function Pe({party:e}){return i("a",{href:x(["timeline"],{subject:`party:${e.id}`}),children:e.name})}function Yt(e,t=", "){return e.flatMap((r,n)=>n?[t,r]:[r])}const Ns=["NOT_YET_ANNOUNCED","ANNOUNCED","IN_FORCE","PARTLY_SUSPENDED","SUSPENDED","REVOKED","EXPIRED"],Rs=["EXPORT_CONTROL","EXPORT_BAN","ENTITY_LISTING","END_USE_CONTROL","FOREIGN_DIRECT_PRODUCT_RULE","IMPORT_BAN","PROCUREMENT_RESTRICTION","INVESTMENT_RESTRICTION"],Ps=["NOT_YET_DESIGNATED","DESIGNATED","DELISTED"],ot=e=>e.replace(/_/g," ").toLowerCase();function li({route:e,children:t,label:r}){return i("form",{class:"filters","aria-label":r,onSubmit:n=>{n.preventDefault();const s=new FormData(n.currentTarget),a={after:void 0,before:void 0},o={};for(const[l,c]of s.entries())l.endsWith("[]")?(o[l.slice(0,-2)]??=[]).push(String(c)):a[l]=String(c).trim()||void 0;for(const l of n.currentTarget.querySelectorAll("fieldset[data-multi]")){const c=l.dataset.multi;a[c]=o[c]?.join(",")||void 0}j(a)},children:[t,i("button",{type:"submit",children:"Filter"})]},e.params.toString())}function te({route:e,name:t,label:r,placeholder:n}){return i("label",{children:[r," ",i("input",{name:t,defaultValue:e.params.get(t)??"",placeholder:n})]})}function ci({route:e,name:t,legend:r,values:n}){const s=new Set((e.params.get(t)??"").split(",").filter(Boolean));return i("fieldset",{"data-multi":t,children:[i("legend",{children:r}),n.map(a=>i("label",{class:"check",children:[i("input",{type:"checkbox",name:`${t}[]`,value:a,defaultChecked:s.has(a)})," ",ot(a)]},a))]})}function ui(e,t){const r=e.params.get(t);return r?r.split(",").filter(Boolean):void 0}function Ls({route:e}){const t=o=>e.params.get(o)||void 0,r={jurisdiction:t("jurisdiction"),implementingJurisdiction:t("implementing"),affectedJurisdiction:t("affected"),authorityId:t("authority"),measureType:t("type"),item:t("item"),text:t("text"),status:ui(e,"status")},[n,s]=z(ss,{...qe(e),filter:r});ie(e,()=>s({requestPolicy:"network-only"}));const a=n.data?.measures;return W(a?.basis),i(S,{children:[i("h1",{children:"Measures"}),i(li,{route:e,label:"Filter measures",children:[i(te,{route:e,name:"text",label:"Text",placeholder:"title, summary, instrument"}),i(te,{route:e,name:"item",label:"Item",placeholder:"gallium, 3A090"}),i(te,{route:e,name:"jurisdiction",label:"Jurisdiction",placeholder:"CN"}),i(te,{route:e,name:"implementing",label:"Implementing",placeholder:"US"}),i(te,{route:e,name:"affected",label:"Affected",placeholder:"CN"}),i(te,{route:e,name:"authority",label:"Authority ID",placeholder:"US-BIS"}),i("label",{children:["Type"," ",i("select",{name:"type",defaultValue:e.params.get("type")??"",children:[i("option",{value:"",children:"any"}),Rs.map(o=>i("option",{value:o,children:ot(o)},o))]})]}),i(ci,{route:e,name:"status",legend:"Status at the valid date",values:Ns})]}),i(P,{error:n.error}),n.fetching&&!a&&i(L,{}),a&&i(S,{children:[i(Z,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Measures"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Measure"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Type"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Affects"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(B,{kind:"MEASURE",id:o.recordId,children:o.title}),i("div",{class:"muted",children:o.recordId})]}),i("td",{children:i(J,{value:o.status})}),i("td",{children:ot(o.measureType)}),i("td",{children:[o.implementingJurisdiction," · ",o.authority.name]}),i("td",{children:o.affected.map(l=>l.jurisdiction).join(", ")}),i("td",{children:o.announcedOn})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No measure matches at this point."}),i(je,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Bs({route:e}){const t=o=>e.params.get(o)||void 0,r={name:t("name"),program:t("program"),partyId:t("party"),list:t("list"),status:ui(e,"status")},[n,s]=z(as,{...qe(e),filter:r});ie(e,()=>s({requestPolicy:"network-only"}));const a=n.data?.designations;return W(a?.basis),i(S,{children:[i("h1",{children:"Designations"}),i(li,{route:e,label:"Filter designations",children:[i(te,{route:e,name:"name",label:"Name or alias",placeholder:"part of a name"}),i(te,{route:e,name:"list",label:"List",placeholder:"us-ofac-sdn"}),i(te,{route:e,name:"program",label:"Program",placeholder:"RUSSIA-EO14024"}),i(te,{route:e,name:"party",label:"Party ID"}),i(ci,{route:e,name:"status",legend:"Status at the valid date",values:Ps})]}),i(P,{error:n.error}),n.fetching&&!a&&i(L,{}),a&&i(S,{children:[i(Z,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Designations"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Party"}),i("th",{scope:"col",children:"List"}),i("th",{scope:"col",children:"Programs"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"From"}),i("th",{scope:"col",children:"Delisted"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(B,{kind:"DESIGNATION",id:o.recordId,children:o.party.name}),i("div",{class:"muted",children:[o.recordId,o.party.schema&&` · ${o.party.schema}`,o.party.jurisdiction&&` · ${o.party.jurisdiction}`]})]}),i("td",{children:[o.list,o.listEntryId&&i("div",{class:"muted",children:["entry ",o.listEntryId]})]}),i("td",{children:o.programs.join(", ")}),i("td",{children:i(J,{value:o.status})}),i("td",{children:o.effectiveNotBefore?`${o.effectiveNotBefore} to ${o.effectiveOn}`:o.effectiveOn}),i("td",{children:o.delistedOn??""})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No designation matches at this point."}),i(je,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Ts({route:e}){const[t,r]=z(os,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.transactions;return W(n?.basis),i(S,{children:[i("h1",{children:"Transactions"}),i(P,{error:t.error}),t.fetching&&!n&&i(L,{}),n&&i(S,{children:[i(Z,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Transactions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Transaction"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Acquirers"}),i("th",{scope:"col",children:"Target"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:i(B,{kind:"TRANSACTION",id:s.recordId,children:s.title})}),i("td",{children:i(J,{value:s.status})}),i("td",{children:s.acquirers.map(a=>a.name).join(", ")}),i("td",{children:s.target.name}),i("td",{children:s.announcedOn})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function js({route:e}){const[t,r]=z(ds,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.dialogues;return W(n?.basis),i(S,{children:[i("h1",{children:"Dialogues"}),i(P,{error:t.error}),t.fetching&&!n&&i(L,{}),n&&i(S,{children:[i(Z,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Dialogues"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Dialogue"}),i("th",{scope:"col",children:"Parties"}),i("th",{scope:"col",children:"Level"}),i("th",{scope:"col",children:"Established"}),i("th",{scope:"col",children:"Meetings"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:i(B,{kind:"DIALOGUE",id:s.recordId,children:s.name})}),i("td",{children:s.parties.map(a=>a.name).join(", ")}),i("td",{children:s.level}),i("td",{children:s.establishedOn}),i("td",{children:s.meetings.length})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function qs({route:e}){const[t,r]=z(ls,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.enforcementActions;return W(n?.basis),i(S,{children:[i("h1",{children:"Enforcement actions"}),i(P,{error:t.error}),t.fetching&&!n&&i(L,{}),n&&i(S,{children:[i(Z,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Enforcement actions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Action"}),i("th",{scope:"col",children:"Kind"}),i("th",{scope:"col",children:"Authority"}),i("th",{scope:"col",children:"Opened"}),i("th",{scope:"col",children:"Closed"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:[i(B,{kind:"ENFORCEMENT",id:s.recordId,children:s.recordId}),i("div",{class:"muted",children:s.summary})]}),i("td",{children:ot(s.actionKind)}),i("td",{children:s.authority.name}),i("td",{children:s.openedOn}),i("td",{children:s.closed?"yes":"no"})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function Sn(e,t){const r=e.params.get(`${t}Valid`)||void 0,n=e.params.get(`${t}Pos`);return{validAt:r,position:n&&/^\d+$/.test(n)?Number(n):void 0}}function Ms({route:e}){const t=Sn(e,"from"),r=Sn(e,"to"),n=e.params.has("fromValid")||e.params.has("fromPos")||e.params.has("toValid")||e.params.has("toPos"),[s]=z($s,{from:t,to:r},!n),a=s.data?.diff;W(a?.toBasis);const o=(l,c,d)=>i("label",{children:[c," ",i("input",{name:l,type:d,min:d==="number"?0:void 0,defaultValue:e.params.get(l)??""})]});return i(S,{children:[i("h1",{children:"What changed between two points"}),i("form",{class:"filters","aria-label":"Points to compare",onSubmit:l=>{l.preventDefault();const c=new FormData(l.currentTarget),d=u=>String(c.get(u)??"").trim()||void 0;j({fromValid:d("fromValid"),fromPos:d("fromPos"),toValid:d("toValid"),toPos:d("toPos")})},children:[i("fieldset",{children:[i("legend",{children:"From"}),o("fromValid","Valid on","date"),o("fromPos","Ledger position (empty: everything)","number")]}),i("fieldset",{children:[i("legend",{children:"To"}),o("toValid","Valid on","date"),o("toPos","Ledger position (empty: everything)","number")]}),i("button",{type:"submit",children:"Compare"})]},e.params.toString()),!n&&i("p",{children:"Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything)."}),i(P,{error:s.error}),n&&s.fetching&&!a&&i(L,{}),a&&i(S,{children:[i("p",{class:"basis",children:["From valid date ",i("strong",{children:a.fromBasis.validAt})," at position ",i("strong",{children:a.fromBasis.position})," to valid date"," ",i("strong",{children:a.toBasis.validAt})," at position ",i("strong",{children:a.toBasis.position}),": ",a.changes.length," record",a.changes.length===1?"":"s"," changed."]}),i("table",{children:[i("caption",{class:"sr-only",children:"Changes"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Record"}),i("th",{scope:"col",children:"What changed"}),i("th",{scope:"col",children:"Before"}),i("th",{scope:"col",children:"After"})]})}),i("tbody",{children:a.changes.map(l=>i("tr",{children:[i("td",{children:[i("span",{class:"kind",children:l.record.ref.kind.toLowerCase()})," ",i(B,{kind:l.record.ref.kind,id:l.record.ref.id,children:l.record.label||l.record.ref.id})]}),i("td",{children:l.what.map(c=>c.replace(/_/g," ")).join(", ")}),i("td",{children:i(J,{value:l.statusBefore})}),i("td",{children:i(J,{value:l.statusAfter})})]},`${l.record.ref.kind}/${l.record.ref.id}`))})]})]})]})}const Dt=e=>e.replace(/_/g," ").toLowerCase(),Vs={US:"#1f4e99",CN:"#b3261e",JP:"#6b4fa0",NL:"#c25e00",GB:"#2e7d32"};function fi({nodes:e,edges:t,label:r}){const n=zt(null),s=JSON.stringify([e.map(a=>a.key),t.map(a=>a.id)]);return X(()=>{let a=null,o=!1;return pi(async()=>{const{default:l}=await import("./cytoscape.esm-BUoJuSId.js");return{default:l}},[]).then(({default:l})=>{if(o||!n.current)return;const c=l({container:n.current,elements:[...e.map(d=>({data:{id:d.key,label:`${d.id}${d.date?`
${d.date}`:""}`,kind:d.kind,rid:d.id,color:Vs[d.jurisdiction]??"#455a64"},classes:d.root?"root":""})),...t.map(d=>({data:{id:`e-${d.id}`,source:d.from,target:d.to,label:Dt(d.relation)}}))],style:[{selector:"node",style:{"background-color":"data(color)",label:"data(label)",color:"#111","font-size":11,"text-wrap":"wrap","text-valign":"bottom","text-margin-y":4,width:26,height:26}},{selector:"node.root",style:{"border-width":4,"border-color":"#111",width:34,height:34}},{selector:"edge",style:{width:2,"line-color":"#888","target-arrow-color":"#888","target-arrow-shape":"triangle","curve-style":"bezier",label:"data(label)","font-size":9,color:"#333","text-rotation":"autorotate","text-background-color":"#fff","text-background-opacity":1}}],layout:{name:"breadthfirst",directed:!0,spacingFactor:1.3,padding:20}});c.on("tap","node",d=>ai(x(["record",d.target.data("kind"),d.target.data("rid")]))),c.on("mouseover","node",()=>n.current&&(n.current.style.cursor="pointer")),c.on("mouseout","node",()=>n.current&&(n.current.style.cursor="")),a=c,Object.assign(n.current,{cy:c})}),()=>{o=!0,a?.destroy()}},[s]),i("div",{class:"graph",ref:n,role:"img","aria-label":r,"data-nodes":e.length,"data-edges":t.length})}function Us({edges:e,nodes:t}){const r=new Map(t.map(n=>[n.key,n]));return i("ul",{class:"edges",children:e.map(n=>{const s=r.get(n.from),a=r.get(n.to);return i("li",{children:[i(B,{kind:s?.kind??"",id:s?.id??n.from})," ",Dt(n.relation)," ",i(B,{kind:a?.kind??"",id:a?.id??n.to})," ",i("span",{class:"muted",children:["(asserted by ",Dt(n.assertedBy),")"]})]},n.id)})})}function Hs({route:e}){const t=e.params.get("root")??"MEASURE:US-2022-ACS",[r,...n]=t.split(":"),s=n.join(":"),a=Math.min(10,Math.max(0,Number(e.params.get("depth")??2)||0)),[o,l]=z(Os,{record:{kind:r,id:s},depth:a,asOf:ne(e)},!s);ie(e,()=>l({requestPolicy:"network-only"}));const c=o.data?.retaliationGraph;W(c?.basis);const d=c?.nodes.map(f=>({key:`${f.record.ref.kind}:${f.record.ref.id}`,kind:f.record.ref.kind,id:f.record.ref.id,label:f.record.label,status:f.record.status,jurisdiction:f.record.jurisdiction,date:f.record.date,root:f.depth===0}))??[],u=c?.edges.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy}))??[];return i(S,{children:[i("h1",{children:"Retaliation graph"}),i("form",{class:"filters","aria-label":"Graph root",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget);j({root:`${p.get("kind")}:${String(p.get("id")??"").trim()}`,depth:String(p.get("depth"))})},children:[i("label",{children:["Kind"," ",i("select",{name:"kind",defaultValue:r,children:["MEASURE","DESIGNATION","TRANSACTION","ENFORCEMENT","DIALOGUE"].map(f=>i("option",{value:f,children:f.toLowerCase()},f))})]}),i("label",{children:["Record ID ",i("input",{name:"id",defaultValue:s,required:!0})]}),i("label",{children:["Depth ",i("input",{name:"depth",type:"number",min:0,max:10,defaultValue:String(a)})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i("p",{children:i("a",{href:x(["escalation"],{a:"US",b:"CN"}),children:"Escalation chain between two jurisdictions"})}),i(P,{error:o.error}),o.fetching&&!c&&i(L,{}),c&&i(S,{children:[i(Z,{basis:c.basis}),i("p",{children:[d.length," records and ",u.length," links within ",a," links of ",i(B,{kind:r,id:s}),c.truncated&&" (cut at the size limit)",". Drag to pan, scroll to zoom, click a record to open it."]}),i(fi,{nodes:d,edges:u,label:`Retaliation graph around ${s}: ${d.length} records, ${u.length} links`}),i("h2",{children:"Records"}),i("ul",{children:d.map(f=>i("li",{children:[i(B,{kind:f.kind,id:f.id,children:f.label||f.id})," ",i("span",{class:"muted",children:[f.id," · ",f.jurisdiction," ",f.date]})," ",i(J,{value:f.status})]},f.key))}),i("h2",{children:"Links"}),i(Us,{edges:u,nodes:d})]})]})}function Gs({route:e}){const t=(e.params.get("a")??"US").toUpperCase(),r=(e.params.get("b")??"CN").toUpperCase(),n=e.params.get("from")||void 0,s=e.params.get("to")||void 0,[a,o]=z(ks,{a:t,b:r,from:n,to:s,asOf:ne(e)});ie(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.escalationChain;W(l?.basis);const c=l?.steps.map(f=>({key:`${f.measure.ref.kind}:${f.measure.ref.id}`,kind:f.measure.ref.kind,id:f.measure.ref.id,label:f.measure.label,status:f.measure.status,jurisdiction:f.by,date:f.measure.date}))??[],d=new Set(c.map(f=>f.key)),u=l?.links.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy})).filter(f=>d.has(f.from)&&d.has(f.to))??[];return i(S,{children:[i("h1",{children:["Escalation chain: ",t," and ",r]}),i("form",{class:"filters","aria-label":"Jurisdictions and dates",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget),h=y=>String(p.get(y)??"").trim()||void 0;j({a:h("a"),b:h("b"),from:h("from"),to:h("to")})},children:[i("label",{children:["Between ",i("input",{name:"a",defaultValue:t,size:3,maxLength:2})]}),i("label",{children:["and ",i("input",{name:"b",defaultValue:r,size:3,maxLength:2})]}),i("label",{children:["Announced from ",i("input",{name:"from",type:"date",defaultValue:n??""})]}),i("label",{children:["to ",i("input",{name:"to",type:"date",defaultValue:s??""})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i(P,{error:a.error}),a.fetching&&!l&&i(L,{}),l&&i(S,{children:[i(Z,{basis:l.basis}),i("p",{children:[c.length," measures, ",u.length," links between them."]}),i(fi,{nodes:c,edges:u,label:`Escalation chain between ${t} and ${r}: ${c.length} measures, ${u.length} links`}),i("ol",{children:l.steps.map(f=>i("li",{children:[i("strong",{children:f.measure.date})," ",f.by," against ",f.against,":"," ",i(B,{kind:f.measure.ref.kind,id:f.measure.ref.id,children:f.measure.label})," ",i(J,{value:f.measure.status}),f.answers.length>0&&i("span",{class:"muted",children:[" · answers ",f.answers.map(p=>p.toRef.id).join(", ")]})]},f.measure.ref.id))})]})]})}function zs(){const{events:e,head:t,connected:r}=Be(Kt);return i(S,{children:[i("h1",{children:"Live"}),i("p",{children:[r?"Connected: ":"Connecting… ","new events appear here as the ledger records them, without reloading. Ledger head:"," ",i("strong",{class:"head",children:t??"…"}),"."]}),e.length===0?i("p",{class:"muted",children:"No event recorded since this page was opened."}):i("ol",{class:"live-events",reversed:!0,"aria-live":"polite",children:[...e].reverse().map(n=>i("li",{children:[i("span",{class:"muted",children:n.position})," ",i("strong",{children:n.type})," ",i(B,{kind:n.subject.kind,id:n.subject.id})," ",i("span",{class:"muted",children:["recorded ",n.recordedAt.slice(0,19).replace("T"," ")," by ",n.actor]})]},n.position))})]})}function Nt(e){if(e.length%2!==0||/[^0-9a-fA-F]/.test(e))throw new Error(`not hexadecimal: ${e.slice(0,16)}…`);const t=new Uint8Array(e.length/2);for(let r=0;r<t.length;r++)t[r]=parseInt(e.slice(2*r,2*r+2),16);return t}function hi(e){return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}async function Rt(...e){const t=e.reduce((s,a)=>s+a.length,0),r=new Uint8Array(t);let n=0;for(const s of e)r.set(s,n),n+=s.length;return new Uint8Array(await crypto.subtle.digest("SHA-256",r))}async function Js(e){return hi(await Rt(Uint8Array.of(0),Nt(e)))}async function Qs(e,t,r,n){if(e<0||e>=t)throw new Error(`leaf index ${e} is outside a tree of ${t}`);let s=e,a=t-1,o=Nt(r);for(const l of n){const c=Nt(l);if(a===0)throw new Error("the audit path is longer than the tree is deep");if(s%2===1||s===a){if(o=await Rt(Uint8Array.of(1),c,o),s%2===0)for(;s%2===0&&s!==0;)s=Math.floor(s/2),a=Math.floor(a/2)}else o=await Rt(Uint8Array.of(1),o,c);s=Math.floor(s/2),a=Math.floor(a/2)}if(a!==0)throw new Error("the audit path is shorter than the tree is deep");return hi(o)}async function Ks(e,t,r){const n=await Js(e),s=n===t.leafHash.toLowerCase();try{const a=await Qs(t.leafIndex,t.treeSize,n,t.path),o=a===r.toLowerCase();return{ok:s&&o,leafMatches:s,computedRoot:a,rootMatches:o}}catch(a){return{ok:!1,leafMatches:s,computedRoot:"",rootMatches:!1,problem:a.message}}}const H=e=>e.replace(/_/g," ").toLowerCase();function Ws({route:e}){const[,t="",r=""]=e.path;switch(t){case"MEASURE":return i(Ys,{route:e,id:r});case"DESIGNATION":return i(Xs,{route:e,id:r});case"TRANSACTION":return i(Zs,{route:e,id:r});case"DIALOGUE":return i(ea,{route:e,id:r});case"ENFORCEMENT":return i(ta,{route:e,id:r});case"SOURCE":return i(na,{route:e,id:r});default:return i(S,{children:[i("h1",{children:"Unknown kind of record"}),i("p",{class:"error",role:"alert",children:["“",t,"” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE."]})]})}}function Ie({kind:e,id:t,basisText:r}){return i(S,{children:[i("h1",{children:[H(e)," ",t]}),i("p",{role:"alert",class:"notice",children:["The ledger did not know a ",H(e)," “",t,"” ",r,"."]})]})}function we(e){const t=ne(e);return t?.position!==void 0?`at ledger position ${t.position}`:t?.knownAt?`by ${t.knownAt}`:"as of now"}function Ae({route:e,kind:t,record:r,title:n,status:s,dates:a=[],children:o}){return W(r.basis),i("article",{children:[i("p",{class:"kind",children:[H(t)," · ",r.recordId]}),i("h1",{children:n}),i("p",{children:[i(J,{value:s})," ",r.retraction&&i("span",{class:"status status-retracted",children:"retracted"})]}),i(Z,{basis:r.basis,label:"Shown"}),i("p",{class:"muted",children:["Version ",r.version,", known since ledger position ",r.knownSince," ·"," ",i("a",{href:x(["timeline"],{subject:`record:${t}:${r.recordId}`}),children:"timeline"})," ·"," ",i("a",{href:x(["graph"],{root:`${t}:${r.recordId}`}),children:"retaliation graph"})]}),r.retraction&&i("p",{class:"notice",role:"note",children:["Retracted as entered in error: ",r.retraction.reason]}),o,t!=="SOURCE"&&t!=="DIALOGUE"&&i(ia,{route:e,kind:t,id:r.recordId,dates:a}),i(ra,{record:r}),i(sa,{record:r}),i(aa,{route:e,kind:t,record:r})]})}function Fe({rows:e}){return i("dl",{class:"facts",children:e.filter(([,t])=>t!=null&&t!==""&&!(Array.isArray(t)&&t.length===0)).map(([t,r])=>i("div",{children:[i("dt",{children:t}),i("dd",{children:r})]},t))})}function Ce(e,t,r){const[n,s]=z(e,{id:r,asOf:ne(t)});return ie(t,()=>s({requestPolicy:"network-only"})),n}function Ys({route:e,id:t}){const r=Ce(us,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"MEASURE",record:n,title:n.title,status:n.status,dates:[n.announcedOn,...n.provisions.flatMap(s=>[s.effectiveOn,s.endsOn]),...n.dates.map(s=>s.date),...n.amendments.flatMap(s=>[s.effectiveOn,...s.addProvisions.map(a=>a.effectiveOn)]),...n.suspensions.flatMap(s=>[s.from,s.until,s.end?.endedOn]),n.revocation?.effectiveOn,n.expiry?.expiredOn],children:[n.summary&&i("p",{class:"summary",children:n.summary}),i(Fe,{rows:[["Type",H(n.measureType)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Implementing jurisdiction",n.implementingJurisdiction],["Affected",n.countryNeutral?"country-neutral text":n.affected.map(s=>`${s.jurisdiction} (${H(s.how)})`).join(", ")],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`],["Legal basis",n.instrument.legalBasis.join("; ")],["Announced",n.announcedOn]]}),i(R,{title:"Provisions",children:i("table",{children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Provision"}),i("th",{scope:"col",children:"Effective"}),i("th",{scope:"col",children:"Ends"}),i("th",{scope:"col",children:["Status at ",n.basis.validAt]})]})}),i("tbody",{children:n.provisions.map(s=>i("tr",{children:[i("td",{children:[s.title," ",i("span",{class:"muted",children:["(",s.id,")"]})]}),i("td",{children:s.effectiveOn??"not set"}),i("td",{children:s.endsOn??""}),i("td",{children:[i(J,{value:s.status}),s.suspension&&i("span",{class:"muted",children:[" ","suspended ",s.suspension.from,s.suspension.until?` until ${s.suspension.until}`:""]})]})]},s.id))})]})}),i(R,{title:"Dates",children:i("ul",{children:n.dates.map((s,a)=>i("li",{children:[H(s.kind),": ",s.date,s.precision&&s.precision!=="day"&&` (${s.precision})`,s.note&&i("span",{class:"muted",children:[" · ",s.note]})]},a))})}),n.items.length>0&&i(R,{title:"Items",children:i("ul",{children:n.items.map((s,a)=>i("li",{children:[s.scheme," ",s.code," ",s.description]},a))})}),i(R,{title:"Amendments",children:n.amendments.length===0?i("p",{class:"muted",children:"None recorded."}):i("ul",{children:n.amendments.map(s=>i("li",{children:[i("strong",{children:s.effectiveOn})," ",s.summary," ",i("span",{class:"muted",children:["(",s.instrument.title,")"]}),s.addProvisions.length>0&&i(S,{children:[" · adds ",s.addProvisions.map(a=>`${a.title} from ${a.effectiveOn??"a date not set"}`).join(", ")]}),s.endProvisions.length>0&&i(S,{children:[" · ends ",s.endProvisions.join(", ")]})]},s.id))})}),(n.suspensions.length>0||n.revocation||n.expiry)&&i(R,{title:"Suspensions and end",children:i("ul",{children:[n.suspensions.map(s=>i("li",{children:["Suspended ",s.provisionIds.length?s.provisionIds.join(", "):"whole measure"," from ",s.from,s.until?` until ${s.until}`:"",s.reason&&`: ${s.reason}`,s.end&&` · ended ${s.end.endedOn} (${H(s.end.how)})`]},s.id)),n.revocation&&i("li",{children:["Revoked from ",n.revocation.effectiveOn,n.revocation.reason&&`: ${n.revocation.reason}`]}),n.expiry&&i("li",{children:["Expired ",n.expiry.expiredOn,n.expiry.reason&&`: ${n.expiry.reason}`]})]})}),i(R,{title:"Sources",children:i(Te,{sources:n.sources})})]}):i(Ie,{kind:"MEASURE",id:t,basisText:we(e)}):i(L,{})}function Xs({route:e,id:t}){const r=Ce(fs,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"DESIGNATION",record:n,title:`${n.party.name} on ${n.list}`,status:n.status,dates:[n.effectiveNotBefore,n.effectiveOn,n.delistedOn,n.savingsClauseUntil,...n.amendments.map(s=>s.effectiveOn)],children:[i(Fe,{rows:[["Party",i(S,{children:[i(Pe,{party:n.party})," (",n.party.id,")"]})],["Party jurisdiction",n.party.jurisdiction],["FollowTheMoney schema",n.party.schema],["List",`${n.list}, kept by ${n.listAuthority.name}`],["List entry",n.listEntryId],["Programs",n.programs.join(", ")],["On the list from",n.effectiveNotBefore?`a day from ${n.effectiveNotBefore} to ${n.effectiveOn} (the list does not say which)`:n.effectiveOn],["Delisted",n.delistedOn],["Licence requirement",n.licenceRequirement],["Review policy",n.reviewPolicy],["Footnotes",n.footnotes.join("; ")],["Savings clause until",n.savingsClauseUntil],["Measure",n.measureId?i(B,{kind:"MEASURE",id:n.measureId}):null],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`],["Remarks",n.remarks]]}),n.party.properties.length>0&&i(R,{title:"What the list publishes of the party",children:i("dl",{class:"facts",children:n.party.properties.map(s=>i("div",{children:[i("dt",{children:s.name}),i("dd",{children:s.values.join("; ")})]},s.name))})}),i(R,{title:"Amendments",children:n.amendments.length===0?i("p",{class:"muted",children:"None recorded."}):i("ul",{children:n.amendments.map(s=>i("li",{children:[i("strong",{children:s.effectiveNotBefore?`${s.effectiveNotBefore} to ${s.effectiveOn}`:s.effectiveOn})," ",s.summary,!s.inEffect&&i("span",{class:"muted",children:[" (not in effect at ",n.basis.validAt,")"]}),s.changes.length>0&&i("ul",{children:s.changes.map((a,o)=>i("li",{children:[a.field,": ",i("del",{children:a.old.join("; ")||"—"})," → ",i("ins",{children:a.new.join("; ")||"—"})]},o))})]},s.amendmentId))})}),i(R,{title:"Sources",children:i(Te,{sources:n.sources})})]}):i(Ie,{kind:"DESIGNATION",id:t,basisText:we(e)}):i(L,{})}function Zs({route:e,id:t}){const r=Ce(hs,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"TRANSACTION",record:n,title:n.title,status:n.status,dates:[n.announcedOn,n.outsideDate,n.termination?.terminatedOn,n.completion?.completedOn,...n.reviews.flatMap(s=>[s.openedOn,s.concludedOn])],children:[i(Fe,{rows:[["Acquirers",Yt(n.acquirers.map(s=>i(Pe,{party:s},s.id)))],["Target",i(Pe,{party:n.target})],["Value",n.value?`${n.value.amount.toLocaleString("en")} ${n.value.currency}`:null],["Announced",n.announcedOn],["Outside date",n.outsideDate],["Terminated",n.termination?`${n.termination.terminatedOn}: ${n.termination.reason}`:null],["Completed",n.completion?.completedOn]]}),i(R,{title:"Reviews",children:n.reviews.length===0?i("p",{class:"muted",children:["No review by ",n.basis.validAt,"."]}):i("ul",{children:n.reviews.map(s=>i("li",{children:[i("strong",{children:s.authority.name})," under ",s.regime,s.openedOn&&`, opened ${s.openedOn}`,s.trigger&&` (${H(s.trigger)})`,": ",s.outcome?i(J,{value:s.outcome}):"open",s.concludedOn&&` on ${s.concludedOn}`,s.summary&&i("div",{class:"muted",children:s.summary}),s.conditions.length>0&&i("div",{children:["Conditions: ",s.conditions.join("; ")]})]},s.id))})}),i(R,{title:"Sources",children:i(Te,{sources:n.sources})})]}):i(Ie,{kind:"TRANSACTION",id:t,basisText:we(e)}):i(L,{})}function ea({route:e,id:t}){const r=Ce(ms,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"DIALOGUE",record:n,title:n.name,children:[i(Fe,{rows:[["Parties",Yt(n.parties.map(s=>i(Pe,{party:s},s.id)))],["Level",n.level],["Cadence",n.cadence],["Purpose",n.purpose],["Established",n.establishedOn]]}),i(R,{title:"Meetings",children:n.meetings.length===0?i("p",{class:"muted",children:["No meeting by ",n.basis.validAt,"."]}):i("ol",{children:n.meetings.map(s=>i("li",{children:[i("strong",{children:s.heldOn})," ",s.title,", ",s.place,s.level&&` (${s.level})`,i("div",{class:"muted",children:s.participants.map(a=>`${a.name}${a.role?`, ${a.role}`:""}`).join("; ")}),s.outcomes.length>0&&i("ul",{children:s.outcomes.map((a,o)=>i("li",{children:a},o))})]},s.id))})}),i(R,{title:"Sources",children:i(Te,{sources:n.sources})})]}):i(Ie,{kind:"DIALOGUE",id:t,basisText:we(e)}):i(L,{})}function ta({route:e,id:t}){const r=Ce(ps,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"ENFORCEMENT",record:n,title:n.summary,status:n.closed?"CLOSED":"OPEN",dates:[n.openedOn,...n.findings.map(s=>s.issuedOn)],children:[i(Fe,{rows:[["Kind",H(n.actionKind)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Targets",Yt(n.targets.map(s=>i(Pe,{party:s},s.id)))],["Legal basis",n.legalBasis.join("; ")],["Opened",n.openedOn]]}),i(R,{title:"Findings",children:n.findings.length===0?i("p",{class:"muted",children:["No finding by ",n.basis.validAt,"."]}):i("ul",{children:n.findings.map(s=>i("li",{children:[i("strong",{children:s.issuedOn})," ",i(J,{value:s.outcome})," ",s.final&&"(final)"," ",s.summary]},s.id))})}),i(R,{title:"Sources",children:i(Te,{sources:n.sources})})]}):i(Ie,{kind:"ENFORCEMENT",id:t,basisText:we(e)}):i(L,{})}function na({route:e,id:t}){const r=Ce(vs,e,t),n=r.data?.record;return r.error?i(P,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"SOURCE",record:n,title:n.title,children:i(Fe,{rows:[["Publisher",n.publisher],["Citation",n.citation],["Address",n.url?i("a",{href:n.url,rel:"noopener noreferrer",target:"_blank",children:n.url}):null],["Official",n.official?"yes":"no"],["Language",n.language],["Published",n.publishedOn],["SHA-256 of the captured text",n.sha256?i("code",{class:"hash",children:n.sha256}):null]]})}):i(Ie,{kind:"SOURCE",id:t,basisText:we(e)}):i(L,{})}function ia({route:e,kind:t,id:r,dates:n}){const s=ne(e),a=s?{position:s.position,knownAt:s.knownAt}:{},[o,l]=G(null),[c,d]=G(null),u=[...new Set(n.filter(p=>!!p))].sort(),f=`${t}/${r}/${a.position??""}/${a.knownAt??""}/${u.join(",")}`;return X(()=>{let p=!1;return l(null),(async()=>{const h=await ke(gs,{kind:t,id:r,asOf:a}),y=new Set(u);for(const m of h.timeline.nodes)m.validFrom&&y.add(m.validFrom),m.validUntil&&y.add(m.validUntil);const O=[...y].sort().slice(-40),b=await Promise.all(O.map(async m=>{const _=await ke(ys,{id:r,asOf:{...a,validAt:m}}),g=t==="MEASURE"?_.measure?.status:t==="DESIGNATION"?_.designation?.status:t==="TRANSACTION"?_.transaction?.status:_.enforcementAction?_.enforcementAction.closed?"CLOSED":"OPEN":void 0;return{date:m,status:g??""}})),k=b.filter((m,_)=>_===0||m.status!==b[_-1].status);p||l(k)})().catch(h=>!p&&d(h)),()=>{p=!0}},[f]),i(R,{title:"Status over time",children:[i(P,{error:c}),!o&&!c&&i(L,{}),o&&i("ol",{class:"status-over-time",children:o.map(p=>i("li",{children:["from ",i("a",{href:x(["record",t,r],{valid:p.date}),children:p.date}),": ",i(J,{value:p.status||"NONE"})]},p.date))})]})}function ra({record:e}){const t=r=>typeof r=="string"?r:JSON.stringify(r);return i(R,{title:"Corrections and source conflicts",children:[e.corrections.length===0&&e.sourceConflicts.length===0&&i("p",{class:"muted",children:"None known at this point."}),e.corrections.length>0&&i("ul",{children:e.corrections.map(r=>i("li",{children:[i("strong",{children:r.field}),": ",i("del",{children:t(r.oldValue)})," → ",i("ins",{children:t(r.newValue)}),". ",r.reason,r.evidence&&i("span",{class:"muted",children:[" Evidence: ",r.evidence]})]},r.id))}),e.sourceConflicts.length>0&&i("ul",{children:e.sourceConflicts.map(r=>i("li",{children:["Sources disagree on ",i("strong",{children:r.field}),":",i("ul",{children:r.claims.map((n,s)=>i("li",{children:[n.source.title,": “",n.value,"” ",s===r.followed&&i("strong",{children:"(followed)"})]},s))}),r.note&&i("span",{class:"muted",children:r.note})]},r.id))})]})}function sa({record:e}){return!e.outgoingLinks.length&&!e.incomingLinks.length?null:i(R,{title:"Links",children:i("ul",{children:[e.outgoingLinks.map(t=>i("li",{children:[H(t.relation)," ",i(B,{kind:t.toRef.kind,id:t.toRef.id})," ",i("span",{class:"muted",children:["asserted by ",H(t.assertedBy),": ",t.evidence]})]},t.id)),e.incomingLinks.map(t=>i("li",{children:[i(B,{kind:t.fromRef.kind,id:t.fromRef.id})," ",H(t.relation)," this"," ",i("span",{class:"muted",children:["asserted by ",H(t.assertedBy),": ",t.evidence]})]},t.id))]})})}function aa({route:e,kind:t,record:r}){const[n,s]=G({}),[a,o]=G(!1),l=r.basis,c=e.params.get("root"),d=async()=>{o(!0);try{const h=await ke(_s,{kind:t,id:r.recordId,position:l.position,treeSize:l.position}),y=c&&Number(e.params.get("pos"))===l.position?c:h.treeHead.rootHash,O={};for(const b of r.history){const k=h.auditTrail.entries.find(m=>m.event.position===b.position);k?k.event.hash!==b.hash?O[b.position]={error:"the proof is for another hash than the history shows"}:O[b.position]=await Ks(b.hash,k.event.inclusionProof,y):O[b.position]={error:"the server gave no proof for this event"}}s(O)}catch(h){s({[-1]:{error:h.message}})}finally{o(!1)}},u=h=>h?"error"in h?`✗ ${h.error}`:h.ok?`✓ included: root ${h.computedRoot.slice(0,12)}…`:h.leafMatches?`✗ the path leads to ${h.computedRoot.slice(0,12)||"nothing"}…, not the trusted root${h.problem?` (${h.problem})`:""}`:"✗ the leaf hash does not match the event hash":"",f=Object.values(n),p=f.filter(h=>!("error"in h)&&h.ok).length;return i(R,{title:"History, event by event",children:[i("p",{children:[i("button",{type:"button",onClick:d,disabled:a,children:a?"Checking…":`Check inclusion proofs in the ledger of ${l.position} events`})," ",f.length>0&&i("span",{role:"status",class:p===r.history.length?"ok":"bad",children:[p," of ",r.history.length," events proven included (SHA-256 in this browser, RFC 6962)",c?" against the cited root":" against the tree head"]})]}),n[-1]&&i("p",{class:"error",children:u(n[-1])}),i("table",{class:"history",children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Position"}),i("th",{scope:"col",children:"Event"}),i("th",{scope:"col",children:"Recorded"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Inclusion"})]})}),i("tbody",{children:r.history.map(h=>i("tr",{children:[i("td",{children:h.position}),i("td",{children:i("details",{children:[i("summary",{children:[h.type," ",i("span",{class:"muted",children:["(",h.command,")"]})]}),i("p",{class:"muted",children:["Event ",h.eventId," · hash ",i("code",{class:"hash",children:h.hash})]}),i("pre",{children:oa(h.data)})]})}),i("td",{children:h.recordedAt.replace("T"," ").replace(/\.\d+/,"")}),i("td",{children:h.actor}),i("td",{class:"verdict",children:u(n[h.position])})]},h.position))})]})]})}function oa(e){try{return JSON.stringify(JSON.parse(e),null,2)}catch{return e}}function da(e){const t=Math.floor(e/86400);if(t>=1)return`${t} day${t===1?"":"s"}`;const r=Math.floor(e/3600);return r>=1?`${r} hour${r===1?"":"s"}`:`${Math.max(0,Math.floor(e/60))} minutes`}const la={ADD:"added",MOD:"amended",DEL:"delisted"};function In(e,t){const r=s=>e.params.get(t+s)||void 0,n=r("Pos");return{validAt:r("Valid"),position:n&&/^\d+$/.test(n)?Number(n):void 0,publishedBy:r("Pub")}}function ca({route:e}){const[t,r]=z(Is,{asOf:ne(e)});ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.lists,s=e.params.get("list")??"",a=!!s&&["fromValid","fromPos","fromPub","toValid","toPos","toPub"].some(d=>e.params.has(d)),[o]=z(ws,{list:s,from:In(e,"from"),to:In(e,"to"),first:50,after:e.params.get("after")??void 0},!a),l=o.data?.listDelta;W(l?.to??n?.[0]?.basis);const c=(d,u,f)=>i("label",{children:[u," ",i("input",{name:d,type:f,step:f==="datetime-local"?1:void 0,min:f==="number"?0:void 0,defaultValue:f==="datetime-local"?(e.params.get(d)??"").slice(0,19):e.params.get(d)??""})]});return i(S,{children:[i("h1",{children:"Official lists"}),i(P,{error:t.error}),t.fetching&&!n&&i(L,{}),n&&i(S,{children:[i(Z,{basis:n[0]?.basis}),n.length===0?i("p",{children:"The ledger holds no snapshot of an official list at this point."}):i("table",{children:[i("caption",{class:"sr-only",children:"Lists and their freshness"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"List"}),i("th",{scope:"col",children:"Snapshots"}),i("th",{scope:"col",children:"Last published or observed"}),i("th",{scope:"col",children:"Age"}),i("th",{scope:"col",children:"Listed"}),i("th",{scope:"col",children:"Last snapshot"})]})}),i("tbody",{children:n.map(d=>i("tr",{children:[i("td",{children:i("a",{href:x(["lists"],{list:d.list}),children:d.list})}),i("td",{children:d.snapshots}),i("td",{children:d.publishedAt}),i("td",{children:da(d.ageSeconds)}),i("td",{children:i("a",{href:x(["designations"],{list:d.list,status:"DESIGNATED"}),children:d.listed.toLocaleString("en")})}),i("td",{children:[i(B,{kind:"SOURCE",id:d.lastSnapshot.recordId,children:d.lastSnapshot.title}),i("div",{class:"hash",children:d.lastSnapshot.sha256})]})]},d.list))})]})]}),i("h2",{children:"What changed on a list between two points"}),i("form",{class:"filters","aria-label":"List and points to compare",onSubmit:d=>{d.preventDefault();const u=new FormData(d.currentTarget),f=h=>String(u.get(h)??"").trim()||void 0,p=h=>f(h)?new Date(f(h)+"Z").toISOString():void 0;j({list:f("list"),fromValid:f("fromValid"),fromPos:f("fromPos"),fromPub:p("fromPub"),toValid:f("toValid"),toPos:f("toPos"),toPub:p("toPub"),after:void 0})},children:[i("label",{children:["List ",i("input",{name:"list",defaultValue:s,list:"known-lists",required:!0,placeholder:"us-ofac-sdn"})]}),i("datalist",{id:"known-lists",children:n?.map(d=>i("option",{value:d.list},d.list))}),i("fieldset",{children:[i("legend",{children:"From"}),c("fromValid","Valid on","date"),c("fromPub","Published by","datetime-local"),c("fromPos","Ledger position","number")]}),i("fieldset",{children:[i("legend",{children:"To"}),c("toValid","Valid on","date"),c("toPub","Published by","datetime-local"),c("toPos","Ledger position","number")]}),i("button",{type:"submit",children:"Compare"})]},e.params.toString()),i("p",{class:"muted",children:"To compare two snapshots, give each side the time it was published by; empty fields mean today and everything recorded."}),i(P,{error:o.error}),a&&o.fetching&&!l&&i(L,{}),l&&i(S,{children:[i("p",{class:"basis",children:[s,": from position ",i("strong",{children:l.from.position})," (valid ",l.from.validAt,l.from.publishedBy&&`, published by ${l.from.publishedBy}`,") to position ",i("strong",{children:l.to.position})," (valid ",l.to.validAt,l.to.publishedBy&&`, published by ${l.to.publishedBy}`,"): ",l.totalCount," change",l.totalCount===1?"":"s","."]}),i("table",{class:"delta",children:[i("caption",{class:"sr-only",children:"Changes of the list"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Change"}),i("th",{scope:"col",children:"Entry"}),i("th",{scope:"col",children:"Fields"})]})}),i("tbody",{children:l.nodes.map(d=>i("tr",{children:[i("td",{children:i("span",{class:`status status-${d.op==="ADD"?"designated":d.op==="DEL"?"delisted":"announced"}`,children:la[d.op]})}),i("td",{children:[i(B,{kind:"DESIGNATION",id:d.designation.recordId,children:d.designation.party.name}),i("div",{class:"muted",children:[d.designation.recordId,d.designation.listEntryId&&` · entry ${d.designation.listEntryId}`]})]}),i("td",{children:d.changes.length>0&&i("ul",{children:d.changes.map((u,f)=>i("li",{children:[i("strong",{children:u.field}),": ",i("del",{children:u.old.join("; ")||"—"})," → ",i("ins",{children:u.new.join("; ")||"—"})]},f))})})]},`${d.op}/${d.designation.recordId}`))})]}),i("nav",{class:"pager","aria-label":"Pages",children:[i("span",{children:[l.nodes.length," shown of ",l.totalCount]}),e.params.get("after")&&i("button",{type:"button",onClick:()=>j({after:void 0}),children:"First page"}),i("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>j({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function ua({route:e}){const t=(e.params.get("q")??"").trim(),[r]=z(cs,{asOf:ne(e),text:t,id:t||"-"},!t),n=r.data;W(n?.byText.basis);const s=[],a=new Set,o=d=>{const u=`${d.kind}/${d.id}`;a.has(u)||(a.add(u),s.push(d))},l=t.toLowerCase(),c=(...d)=>d.some(u=>u&&u.toLowerCase().includes(l));if(n){n.measure&&o({kind:"MEASURE",id:n.measure.recordId,label:n.measure.title,status:n.measure.status,why:"record ID"}),n.designation&&o({kind:"DESIGNATION",id:n.designation.recordId,label:`${n.designation.party.name} on ${n.designation.list}`,status:n.designation.status,why:"record ID"}),n.transaction&&o({kind:"TRANSACTION",id:n.transaction.recordId,label:n.transaction.title,status:n.transaction.status,why:"record ID"}),n.dialogue&&o({kind:"DIALOGUE",id:n.dialogue.recordId,label:n.dialogue.name,why:"record ID"}),n.enforcementAction&&o({kind:"ENFORCEMENT",id:n.enforcementAction.recordId,label:n.enforcementAction.summary,why:"record ID"}),n.source&&o({kind:"SOURCE",id:n.source.recordId,label:`${n.source.title} (${n.source.publisher})`,why:"record ID"});for(const d of n.byText.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"title, summary or instrument"});for(const d of n.byItem.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"item covered"});for(const d of n.byParty.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"party ID"});for(const d of n.byName.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"name or alias"});for(const d of n.byList.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"list name"});for(const d of n.transactions.nodes)c(d.recordId,d.title,d.target.name,d.target.id,...d.acquirers.flatMap(u=>[u.name,u.id]))&&o({kind:"TRANSACTION",id:d.recordId,label:d.title,status:d.status,why:"title or parties"});for(const d of n.dialogues.nodes)c(d.recordId,d.name,...d.parties.flatMap(u=>[u.name,u.id]))&&o({kind:"DIALOGUE",id:d.recordId,label:d.name,why:"name or parties"});for(const d of n.enforcementActions.nodes)c(d.recordId,d.summary,...d.targets.flatMap(u=>[u.name,u.id]))&&o({kind:"ENFORCEMENT",id:d.recordId,label:d.summary,why:"summary or targets"})}return i(S,{children:[i("h1",{children:"Search the ledger"}),i("form",{role:"search",class:"search",onSubmit:d=>{d.preventDefault();const u=String(new FormData(d.currentTarget).get("q")??"").trim();j({q:u||void 0})},children:[i("label",{for:"q",children:"Search records and parties"}),i("input",{id:"q",name:"q",type:"search",defaultValue:t,placeholder:"gallium, Micron, US-2022-ACS, Entity List"},t),i("button",{type:"submit",children:"Search"})]}),!t&&i("p",{children:["Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:"," ",i("a",{href:x(["measures"]),children:"measures"}),", ",i("a",{href:x(["designations"]),children:"designations"}),","," ",i("a",{href:x(["transactions"]),children:"transactions"}),", ",i("a",{href:x(["dialogues"]),children:"dialogues"}),". Every page answers at the valid date and knowledge point above."]}),i(P,{error:r.error}),t&&r.fetching&&!n&&i(L,{}),t&&n&&i(S,{children:[i(Z,{basis:n.byText.basis}),i("h2",{children:[s.length," result",s.length===1?"":"s"," for “",t,"”"]}),i("ul",{class:"results",children:s.map(d=>i("li",{children:[i("span",{class:"kind",children:d.kind.toLowerCase()})," ",i(B,{kind:d.kind,id:d.id,children:d.label})," ",i(J,{value:d.status})," ",i("span",{class:"muted",children:["matched by ",d.why," · ",d.id]})]},`${d.kind}/${d.id}`))})]})]})}function fa(e){const[t,r="",...n]=e.split(":");return t==="record"&&n.length?{record:{kind:r,id:n.join(":")}}:t==="party"&&r?{partyId:[r,...n].join(":")}:t==="jurisdiction"&&r?{jurisdiction:r.toUpperCase()}:null}function ha({route:e}){const t=e.params.get("subject")??"jurisdiction:CN",r=fa(t),n=e.params.get("order")==="VALID"?"VALID":"RECORDED",s=e.params.get("after")??void 0,[a,o]=z(bs,{subject:r??{},order:n,asOf:ne(e),first:25,after:s},!r);ie(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.timeline;return W(l?.basis),i(S,{children:[i("h1",{children:"Timeline"}),i("form",{class:"filters","aria-label":"Timeline subject",onSubmit:c=>{c.preventDefault();const d=new FormData(c.currentTarget),u=String(d.get("what")),f=String(d.get("value")??"").trim();j({subject:f?`${u}:${f}`:void 0,order:String(d.get("order")),after:void 0})},children:[i("label",{children:["Subject"," ",i("select",{name:"what",defaultValue:t.split(":")[0],children:[i("option",{value:"jurisdiction",children:"jurisdiction (two letters)"}),i("option",{value:"party",children:"party ID"}),i("option",{value:"record",children:"record (KIND:ID)"})]})]}),i("label",{children:["Which ",i("input",{name:"value",defaultValue:t.split(":").slice(1).join(":"),placeholder:"CN, micron, MEASURE:US-2022-ACS"})]}),i("label",{children:["Order"," ",i("select",{name:"order",defaultValue:n,children:[i("option",{value:"RECORDED",children:"as recorded"}),i("option",{value:"VALID",children:"by valid date"})]})]}),i("button",{type:"submit",children:"Show"})]},e.params.toString()),!r&&i("p",{class:"error",role:"alert",children:["The subject “",t,"” is not of the form jurisdiction:CC, party:ID or record:KIND:ID."]}),i(P,{error:a.error}),a.fetching&&!l&&i(L,{}),l&&i(S,{children:[i(Z,{basis:l.basis}),i("p",{children:[l.totalCount," events."]}),i("ol",{class:"timeline",children:l.nodes.map(c=>i("li",{class:c.retractedAt?"retracted":"",children:[i("span",{class:"when",children:c.validFrom??"—"}),c.validUntil&&i("span",{class:"muted",children:[" to ",c.validUntil]})," ",i("strong",{children:c.event.type.replace(/\.v\d+$/,"").replace(/_/g," ")})," ",i(B,{kind:c.record.kind,id:c.record.id})," ",i("span",{class:"muted",children:["position ",c.event.position,", recorded ",c.event.recordedAt.slice(0,19).replace("T"," ")," by ",c.event.actor,c.correctedAt.length>0&&`, corrected at ${c.correctedAt.join(", ")}`,c.retractedAt&&`, retracted at ${c.retractedAt}`]})]},c.event.position))}),i("nav",{class:"pager","aria-label":"Pages",children:[s&&i("button",{type:"button",onClick:()=>j({after:void 0}),children:"First page"}),i("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>j({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]}),i("p",{class:"muted",children:["Other subjects: ",i("a",{href:x(["timeline"],{subject:"jurisdiction:US"}),children:"US"}),","," ",i("a",{href:x(["timeline"],{subject:"jurisdiction:CN"}),children:"CN"}),","," ",i("a",{href:x(["timeline"],{subject:"record:MEASURE:US-2022-ACS",order:"VALID"}),children:"US-2022-ACS by valid date"}),"."]})]})}const ma=[["","Search"],["measures","Measures"],["designations","Designations"],["lists","Lists"],["transactions","Transactions"],["dialogues","Dialogues"],["enforcement","Enforcement"],["timeline","Timeline"],["diff","Diff"],["graph","Graph"],["live","Live"]];function pa({route:e}){switch(e.path[0]??""){case"":case"search":return i(ua,{route:e});case"measures":return i(Ls,{route:e});case"designations":return i(Bs,{route:e});case"lists":return i(ca,{route:e});case"transactions":return i(Ts,{route:e});case"dialogues":return i(js,{route:e});case"enforcement":return i(qs,{route:e});case"record":return i(Ws,{route:e});case"timeline":return i(ha,{route:e});case"diff":return i(Ms,{route:e});case"graph":return i(Hs,{route:e});case"escalation":return i(Gs,{route:e});case"live":return i(zs,{});default:return i(S,{children:[i("h1",{children:"Not found"}),i("p",{role:"alert",children:["There is no page “",e.path.join("/"),"”. ",i("a",{href:x([]),children:"Search the ledger"}),"."]})]})}}function va(){const[e,t]=G({head:null,events:[],connected:!1});return X(()=>{let r=()=>{},n=!1;const s=xt.on("connected",()=>t(o=>({...o,connected:!0}))),a=xt.on("closed",()=>t(o=>({...o,connected:!1})));return ke(rs,{}).then(({ledger:o})=>{if(n)return;t(c=>({...c,head:Math.max(c.head??0,o.head)}));const l=Jt.subscription(Ss.toString(),{after:o.head}).subscribe(c=>{const d=c.data?.ledgerEvents;d&&t(u=>u.events.some(f=>f.position===d.position)?u:{...u,head:Math.max(u.head??0,d.position),events:[...u.events.slice(-199),d]})});r=()=>l.unsubscribe()}).catch(()=>{}),()=>{n=!0,r(),s(),a()}},[]),e}function ga(){const e=Sr(),[t,r]=G(null),n=va(),s=e.path[0]??"";return X(()=>{const a=document.querySelector("main h1");document.title=`${a?.textContent??"Ledger Explorer"} · Ledger Explorer`}),i(Kt.Provider,{value:n,children:i(Wt.Provider,{value:{basis:t,setBasis:r},children:[i("a",{class:"skip",href:"#main",onClick:a=>(a.preventDefault(),document.getElementById("main")?.focus()),children:"Skip to content"}),i("header",{children:[i("div",{class:"brand",children:[i("a",{href:x([]),children:"Ledger Explorer"}),i("span",{class:"muted",children:[" ","· head ",i("span",{class:"live-head",children:n.head??"…"}),n.connected?" · live":""," · ",i("a",{href:"/graphiql",children:"GraphiQL"})]})]}),i("nav",{"aria-label":"Sections",children:i("ul",{children:ma.map(([a,o])=>i("li",{children:i("a",{href:x(a?[a]:[]),"aria-current":s===a||a===""&&s==="search"?"page":void 0,children:o})},a))})}),i("div",{class:"controls",children:[i(Fs,{route:e}),i(Cs,{})]}),i(Es,{route:e}),i(xs,{route:e,head:n.head})]}),i("main",{id:"main",tabIndex:-1,children:i(pa,{route:e})})]})})}addEventListener("unhandledrejection",e=>{e.reason?.name==="AbortError"&&e.preventDefault()});const wn=document.getElementById("app");wn&&ki(i(pr,{value:Jt,children:i(ga,{})}),wn);
