import{c as gi,_ as vi}from"./client-5J3dfOZ0.js";var F,Fn,se,bt,Ye,Cn,He,En,Pt,_t,Dn,dt=Symbol.for("pv"),Xe={},Ze=[],yi=/^m(i|n|o|s|text|space)$/,Bt=Array.isArray,xn=Ze.slice,he=Object.assign;function fe(e){e&&e.parentNode&&e.remove()}function Ge(e,t,i,n,s){var a={type:e,props:t,key:i,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:dt,__v:s||++Fn,__i:-1,__u:0};return!s&&F.vnode&&F.vnode(a),a}function S(e){return e.children}function ze(e,t){this.props=e,this.context=t,this.__g=0}function de(e,t){if(t==null)return e.__&&de(e.__,e.__i+1);for(var i;t<e.__k.length;t++)if((i=e.__k[t])&&i.__e)return i.__e;return typeof e.type!="function"||e.props.__P?null:de(e)}function bi(e){var t,i=e.__v,n=i.__e,s=[],a=[],o=e.__P;o&&((t=he({constructor:dt},i)).__v=i.__v+1,F.vnode&&F.vnode(t),Lt(o,t,i,e.__n,o.namespaceURI,32&i.__u?[n]:null,s,n||de(i),32&i.__u,a),t.__v=i.__v,t.__.__k[t.__i]=t,Tn(s,t,a),i.__=i.__e=null,t.__e!=n&&Nn(t))}function Nn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Nn(e)}function $t(e){(8&e.__g||(e.__g|=8,se.push(e),Ye++))&&bt==F.debounceRendering||((bt=F.debounceRendering)||queueMicrotask)(Rn)}function Rn(){try{for(var e,t=1;se.length;)se.length>t&&se.sort(Cn),e=se.shift(),t=se.length,8&e.__g&&bi(e)}finally{(Ye=se.length)&&(bt||queueMicrotask)(Rn)}}function Pn(e,t,i,n,s,a,o,l,u,d,c){var f,p,h,y,O,_,k=n.__k||Ze,m=t.length;for(u=_i(i,t,k,u,m),f=0;f<m;f++)(h=i.__k[f])!=null&&(p=~h.__i&&k[h.__i]||Xe,h.__i=f,_=Lt(e,h,p,s,a,o,l,u,d,c),y=h.__e,(p.ref!=h.ref||8&p.__u)&&(p.ref&&Tt(p.ref,null,h,p),h.ref&&c.push(h.ref,h.__c||y,h)),O=O||y,4&h.__u?(u=Bn(h,u,e,!p.__v),p.__e&&(p.__e=null)):typeof h.type=="function"&&_!==void 0?u=_:y&&(u=y.nextSibling),h.__u&=-21);return i.__e=O,u}function _i(e,t,i,n,s){var a,o,l,u,d,c,f,p,h,y=i.length,O=y,_=0,k=0,m=e.__k=Array(s);for(a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o!="object"||o.constructor===String?o=m[a]=Ge(null,o):Bt(o)?o=m[a]=Ge(S,{children:o}):o.constructor===dt&&o.__b?o=m[a]=Ge(o.type,o.props,o.key,o.ref,o.__v):m[a]=o,u=a+_,o.__=e,o.__b=e.__b+1,l=null,~(d=o.__i=$i(o,i,u,O))&&(O--,(l=i[d])&&(l.__u|=2)),l&&l.__v?(o.__u|=16,d==u-1?_--:d==u+1?_++:d!=u&&(d>u?_--:_++,k=1)):(~d||(s>y?_--:s<y&&_++),typeof o.type!="function"&&(o.__u|=4))):m[a]=null;if(k){for(c=[],f=[],a=0;a<s;a++)if((o=m[a])&&16&o.__u){for(_=0,p=c.length;_<p;)c[h=_+p>>1]<o.__i?_=h+1:p=h;c[_]=o.__i,f[a]=_+1}for(_=c.length;a--;)f[a]&&(f[a]==_?_--:m[a].__u|=4)}if(O)for(a=0;a<y;a++)!(l=i[a])||2&l.__u||(l.__e==n&&(n=de(l)),qt(l,l));return n}function Bn(e,t,i,n){var s,a,o,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&(s[a].__=e,t=Bn(s[a],t,i,!1));return t}for(t&&!t.parentNode&&(t=de(e))&&!t.parentNode&&(t=null),o=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(o!=l&&(!n&&i.moveBefore&&o.parentNode?i.moveBefore(o,t):i.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function $i(e,t,i,n){var s,a=e.key,o=e.type,l=t[i],u=l&&!(2&l.__u);if(l===null&&a==null||u&&a==l.key&&o==l.type)return i;if(n>(u?1:0)){for(s=i-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s;for(s=i+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s}return-1}function Zt(e,t,i){i==null&&(i=""),t[0]=="-"?e.setProperty(t,i):e[t]=i}function Ve(e,t,i,n,s){var a,o;if(t=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)i&&t in i||Zt(e.style,t);if(i)for(t in i)n&&i[t]==n[t]||Zt(e.style,t,i[t])}else if(t[0]=="o"&&t[1]=="n")typeof i!="function"&&(i=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=i,i&&n||(o=_t[t]||(_t[t]=Oi(t)),(e.__a||(e.__a={}))[t]=Pt,a=t!=(t=t.replace(En,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),i?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&i==1?"":i)}}function Oi(e){return function(t){var i=this.__e;if(i){if(i=i[e],t[He]==null)t[He]=Pt++;else if(t[He]<this.__a[e])return;return i(F.event?F.event(t):t)}}}function Lt(e,t,i,n,s,a,o,l,u,d){var c,f,p,h,y,O,_,k,m,b,v,R,W,Me,ce,Xt,re,ue,te=t.type;if(t.constructor!==dt)return null;128&i.__u&&(u=32&i.__u,c=i.__c.__z)&&(t.__u|=u,f=a=[],c.nodeType==8?l=Qe(c,a):a.push(c),l=a[0]||l),(c=F.__b)&&c(t);e:if(typeof te=="function"){p=o.length;try{if(k=t.props,m=(c=te.prototype)&&c.render,b=(c=te.contextType)&&n[c.__c],v=c?b?b.props.value:c.__:n,(h=i.__c)?(t.__c=h,2&h.__g&&(h.__g|=1)):(m?t.__c=h=new te(k,v):(t.__c=h=new ze(k,v),h.constructor=te,h.render=Si),b&&b.sub(h),h.state||(h.state={}),h.__n=n,h.__g|=8,h.__h=[],h.__k=[]),m&&(h.__s||(h.__s=h.state),te.getDerivedStateFromProps&&(h.__s==h.state&&(h.__s=he({},h.__s)),he(h.__s,te.getDerivedStateFromProps(k,h.__s)))),y=h.props,O=h.state,h.__v=t,i.__c){if(k!==y&&m&&!te.getDerivedStateFromProps&&h.componentWillReceiveProps&&h.componentWillReceiveProps(k,v),t.__v==i.__v&&!(8&h.__g)||!(4&h.__g)&&h.shouldComponentUpdate&&h.shouldComponentUpdate(k,h.__s,v)===!1){t.__v!=i.__v&&(h.props=k,h.state=h.__s,h.__g&=-9),t.__e=i.__e,t.__k=i.__k,t.__k.some(function(J){J&&(J.__=t)}),Ze.push.apply(h.__h,h.__k),h.__k=[],h.__h.length&&o.push(h),l=de(i);break e}h.componentWillUpdate&&h.componentWillUpdate(k,h.__s,v),m&&h.componentDidUpdate&&h.__h.push(function(){h.componentDidUpdate(y,O,_)})}else m&&!te.getDerivedStateFromProps&&h.componentWillMount&&h.componentWillMount(),m&&h.componentDidMount&&h.__h.push(h.componentDidMount);h.context=v,h.props=k,h.__P=e,h.__g&=-5,R=F.__r,W=m?25:0;do h.__g&=-9,R&&R(t),c=h.render(h.props,h.state=h.__s,h.context);while(8&h.__g&&++W<25);m&&(Ze.push.apply(h.__h,h.__k),h.__k=[]),h.state=h.__s,h.getChildContext&&(n=he({},n,h.getChildContext())),m&&i.__c&&h.getSnapshotBeforeUpdate&&(_=h.getSnapshotBeforeUpdate(y,O)),Me=c&&c.type===S&&c.key==null?c.props.children:c,k.__P&&(c=l,s=(e=k.__P).namespaceURI,u=a=null,i.props&&i.props.__P!=e&&(i.__k.some(function(J){J&&qt(J,J)}),i.__k=null),l=i.__k?de(i,0):null),l=Pn(e,Bt(Me)?Me:[Me],t,i,n,s,a,o,l,u,d),k.__P&&(t.__e=null,l=c),t.__u&=-161,f&&f.some(fe),h.__h.length&&o.push(h),1&h.__g&&(h.__g&=-4)}catch(J){if(o.length=p,t.__v=null,u||a)if(J&&J.then){if(t.__u|=128|u,a){for(~(re=a.indexOf(l||void 0))||(re=a.length);(ue=a[re-1])&&ue.nodeType==8;)re--;for(;re<a.length;re++)if(ue=a[re])if(a[re]=null,ce){if(ue==Xt)break}else{if(ue.nodeType!=8)break;ue.data.startsWith("$s")&&(Xt=Qe(ce=ue))}}if(!ce){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;ce=l}(c=Qe(ce=t.__c.__z||(t.__c.__z=ce)))?(t.__e=ce,l=c):t.__e=l,l=l&&l.nextSibling}else a&&a.some(fe);else t.__e=i.__e;t.__k||(t.__k=i.__k||[]),J&&J.then||Ln(t),F.__e(J,t,i)}}else l=t.__e=ki(i.__e,t,i,n,s,a,o,u,d,e);return(c=F.diffed)&&c(t),l}function Qe(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var i=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))i++;else if(e.data.startsWith("/$s")&&!--i)return e}t&&t.push(e)}}function Ln(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ln))}function Tn(e,t,i){for(var n=0;n<i.length;)Tt(i[n++],i[n++],i[n++]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){F.__e(a,s.__v)}})}function ki(e,t,i,n,s,a,o,l,u,d){var c,f,p,h,y,O,_,k,m=i.props||Xe,b=t.props,v=t.type;if(v=="svg"?s="http://www.w3.org/2000/svg":v=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a){for(c=0;c<a.length;c++)if((y=a[c])&&(v?y.localName==v:y.nodeType==3)){e=y,a[c]=null;break}}if(!e){if(k=d.ownerDocument||document,!v)return k.createTextNode(b);e=k.createElementNS(s,v,b.is?b:d),l&&(F.__m&&F.__m(t,a),l=!1),a=null}if(v){if(d=v=="template"&&e.content||e,a=v=="textarea"&&b.defaultValue!=null?null:a&&xn.call(d.childNodes),!l&&a)for(m={},c=0;c<e.attributes.length;c++)m[(y=e.attributes[c]).name]=y.value;for(c in m)y=m[c],c=="dangerouslySetInnerHTML"?p=y:c=="children"||c in b||c=="value"&&"defaultValue"in b||c=="checked"&&"defaultChecked"in b||Ve(e,c,null,y,s);for(c in b)y=b[c],c=="children"?h=y:c=="dangerouslySetInnerHTML"?f=y:c=="value"?O=y:c=="checked"?_=y:l&&typeof y!="function"||m[c]===y||Ve(e,c,y,m[c],s);f?(l||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):(p&&(e.textContent=""),(v=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&yi.test(v))&&(s="http://www.w3.org/1999/xhtml"),Pn(d,Bt(h)?h:[h],t,i,n,s,a,o,a?a[0]:i.__k&&de(i,0),l,u),a&&a.some(fe)),l&&v!="textarea"||(c="value",v=="progress"&&O==null?e.removeAttribute(c):O==null||O===e[c]&&(v!="progress"||O)||Ve(e,c,O,m[c],s),c="checked",_!=null&&_!=e[c]&&Ve(e,c,_,m[c],s))}else m===b||l&&e.data==b||(e.data=b);return e}function Tt(e,t,i,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){F.__e(s,i)}}function qt(e,t,i){var n,s,a,o;if(F.unmount&&F.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Tt(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(l){F.__e(l,t)}n.__P=n.__n=null}if(n=e.__k)for(o=0;o<n.length;o++)n[o]&&qt(n[o],t,typeof e.type!="function"||i&&!e.props.__P);!i&&(n=e.__c)&&(n=n.__z)&&(s=Qe(n,a=[]))&&(n==e.__e&&a.some(fe),fe(s),fe(n)),i||fe(e.__e),e.__e=e.__c=e.__=null}function Si(e,t,i){return this.constructor(e,i)}function Ii(e,t){var i,n,s,a;F.__&&F.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(i=e&&32&e.__u)?null:t.__k,t.__k=Ge(S,{children:[e]}),s=[],a=[],Lt(t,t.__k,n||Xe,Xe,t.namespaceURI,n?null:t.firstChild?xn.call(t.childNodes):null,s,n?n.__e:t.firstChild,i,a),Tn(s,t.__k,a),t.__k.props.children=null}function jt(e){function t(i){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&n.forEach(function(o){o.__g|=4,$t(o)})},this.sub=function(a){n.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){n.delete(a),o&&o.call(a)}}),i.children}return t.__c="__cC"+Dn++,t.__=e,t.Provider=(t.Consumer=function(i,n){return i.children(n)}).contextType=t,t}F={__e:function(e,t,i,n){for(var s,a,o;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((o=(a=s.constructor)&&a.getDerivedStateFromError)&&s.setState(a.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),o=1),o&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Ye=0,e}},Fn=0,ze.prototype.setState=function(e,t){var i=this.__s;i&&i!=this.state||(i=this.__s=he({},this.state)),typeof e=="function"&&(e=e(he({},i),this.props)),e&&(he(i,e),this.__v&&(t&&this.__k.push(t),$t(this)))},ze.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),$t(this))},ze.prototype.render=S,se=[],Ye=0,Cn=function(e,t){return e.__v.__b-t.__v.__b},He=Symbol(),En=/(PointerCapture)$|Capture$/i,Pt=0,_t={},Dn=0;var wi=Symbol.for("pv"),Ai=0;function r(e,t,i,n,s,a){t||(t={});var o,l,u=t;if("ref"in u&&typeof e!="function")for(l in u={},t)l=="ref"?o=t[l]:u[l]=t[l];var d={type:e,props:u,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:wi,__v:--Ai,__i:-1,__u:0};return F.vnode&&F.vnode(d),d}var Ee={NAME:"Name",OPERATION_DEFINITION:"OperationDefinition",FIELD:"Field"};class Ot extends Error{constructor(t,i,n,s,a,o,l){super(t),this.name="GraphQLError",this.message=t,a&&(this.path=a),i&&(this.nodes=Array.isArray(i)?i:[i]),n&&(this.source=n),s&&(this.positions=s),o&&(this.originalError=o);var u=l;if(!u&&o){var d=o.extensions;d&&typeof d=="object"&&(u=d)}this.extensions=u||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return"GraphQLError"}}var $,g;function j(e){return new Ot(`Syntax Error: Unexpected token at ${g} in ${e}`)}function en(e){if(e.lastIndex=g,e.test($))return $.slice(g,g=e.lastIndex)}var Ue=/ +(?=[^\s])/y;function Fi(e){for(var t=e.split(`
`),i="",n=0,s=0,a=t.length-1,o=0;o<t.length;o++)Ue.lastIndex=0,Ue.test(t[o])&&(o&&(!n||Ue.lastIndex<n)&&(n=Ue.lastIndex),s=s||o,a=o);for(var l=s;l<=a;l++)l!==s&&(i+=`
`),i+=t[l].slice(n).replace(/\\"""/g,'"""');return i}function I(){for(var e=0|$.charCodeAt(g++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|$.charCodeAt(g++))if(e===35)for(;(e=0|$.charCodeAt(g++))&&e!==10&&e!==13;);g--}function Mt(){for(var e=g,t=0|$.charCodeAt(g++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|$.charCodeAt(g++));if(e===g-1)throw j("Name");var i=$.slice(e,--g);return I(),i}function U(){return{kind:"Name",value:Mt()}}var Ci=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Ei=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ge(e){var t;switch($.charCodeAt(g)){case 91:g++,I();for(var i=[];$.charCodeAt(g)!==93;)i.push(ge(e));return g++,I(),{kind:"ListValue",values:i};case 123:g++,I();for(var n=[];$.charCodeAt(g)!==125;){var s=U();if($.charCodeAt(g++)!==58)throw j("ObjectField");I(),n.push({kind:"ObjectField",name:s,value:ge(e)})}return g++,I(),{kind:"ObjectValue",fields:n};case 36:if(e)throw j("Variable");return g++,{kind:"Variable",name:U()};case 34:if($.charCodeAt(g+1)===34&&$.charCodeAt(g+2)===34){if(g+=3,(t=en(Ci))==null)throw j("StringValue");return I(),{kind:"StringValue",value:Fi(t.slice(0,-3)),block:!0}}else{var a=g,o;g++;var l=!1;for(o=0|$.charCodeAt(g++);o===92&&(g++,l=!0)||o!==10&&o!==13&&o!==34&&o;o=0|$.charCodeAt(g++));if(o!==34)throw j("StringValue");return t=$.slice(a,g),I(),{kind:"StringValue",value:l?JSON.parse(t):t.slice(1,-1),block:!1}}case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var u=g++,d;(d=0|$.charCodeAt(g++))>=48&&d<=57;);var c=$.slice(u,--g);if((d=$.charCodeAt(g))===46||d===69||d===101){if((t=en(Ei))==null)throw j("FloatValue");return I(),{kind:"FloatValue",value:c+t}}else return I(),{kind:"IntValue",value:c};case 110:if($.charCodeAt(g+1)===117&&$.charCodeAt(g+2)===108&&$.charCodeAt(g+3)===108)return g+=4,I(),{kind:"NullValue"};break;case 116:if($.charCodeAt(g+1)===114&&$.charCodeAt(g+2)===117&&$.charCodeAt(g+3)===101)return g+=4,I(),{kind:"BooleanValue",value:!0};break;case 102:if($.charCodeAt(g+1)===97&&$.charCodeAt(g+2)===108&&$.charCodeAt(g+3)===115&&$.charCodeAt(g+4)===101)return g+=5,I(),{kind:"BooleanValue",value:!1};break}return{kind:"EnumValue",value:Mt()}}function qn(e){if($.charCodeAt(g)===40){var t=[];g++,I();do{var i=U();if($.charCodeAt(g++)!==58)throw j("Argument");I(),t.push({kind:"Argument",name:i,value:ge(e)})}while($.charCodeAt(g)!==41);return g++,I(),t}}function ae(e){if($.charCodeAt(g)===64){var t=[];do g++,t.push({kind:"Directive",name:U(),arguments:qn(e)});while($.charCodeAt(g)===64);return t}}function Di(){for(var e=0;$.charCodeAt(g)===91;)e++,g++,I();var t={kind:"NamedType",name:U()};do if($.charCodeAt(g)===33&&(g++,I(),t={kind:"NonNullType",type:t}),e){if($.charCodeAt(g++)!==93)throw j("NamedType");I(),t={kind:"ListType",type:t}}while(e--);return t}function et(){if($.charCodeAt(g++)!==123)throw j("SelectionSet");return I(),tt()}function tt(){var e=[];do if($.charCodeAt(g)===46){if($.charCodeAt(++g)!==46||$.charCodeAt(++g)!==46)throw j("SelectionSet");switch(g++,I(),$.charCodeAt(g)){case 64:e.push({kind:"InlineFragment",typeCondition:void 0,directives:ae(!1),selectionSet:et()});break;case 111:$.charCodeAt(g+1)===110?(g+=2,I(),e.push({kind:"InlineFragment",typeCondition:{kind:"NamedType",name:U()},directives:ae(!1),selectionSet:et()})):e.push({kind:"FragmentSpread",name:U(),directives:ae(!1)});break;case 123:g++,I(),e.push({kind:"InlineFragment",typeCondition:void 0,directives:void 0,selectionSet:tt()});break;default:e.push({kind:"FragmentSpread",name:U(),directives:ae(!1)})}}else{var t=U(),i=void 0;$.charCodeAt(g)===58&&(g++,I(),i=t,t=U());var n=qn(!1),s=ae(!1),a=void 0;$.charCodeAt(g)===123&&(g++,I(),a=tt()),e.push({kind:"Field",alias:i,name:t,arguments:n,directives:s,selectionSet:a})}while($.charCodeAt(g)!==125);return g++,I(),{kind:"SelectionSet",selections:e}}function xi(){if(I(),$.charCodeAt(g)===40){var e=[];g++,I();do{var t=void 0;if($.charCodeAt(g)===34&&(t=ge(!0)),$.charCodeAt(g++)!==36)throw j("Variable");var i=U();if($.charCodeAt(g++)!==58)throw j("VariableDefinition");I();var n=Di(),s=void 0;$.charCodeAt(g)===61&&(g++,I(),s=ge(!0)),I();var a={kind:"VariableDefinition",variable:{kind:"Variable",name:i},type:n,defaultValue:s,directives:ae(!0)};t&&(a.description=t),e.push(a)}while($.charCodeAt(g)!==41);return g++,I(),e}}function Ni(e){var t=U();if($.charCodeAt(g++)!==111||$.charCodeAt(g++)!==110)throw j("FragmentDefinition");I();var i={kind:"FragmentDefinition",name:t,typeCondition:{kind:"NamedType",name:U()},directives:ae(!1),selectionSet:et()};return e&&(i.description=e),i}function tn(){var e=[];do{var t=void 0;if($.charCodeAt(g)===34&&(t=ge(!0)),$.charCodeAt(g)===123){if(t)throw j("Document");g++,I(),e.push({kind:"OperationDefinition",operation:"query",name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:tt()})}else{var i=Mt();switch(i){case"fragment":e.push(Ni(t));break;case"query":case"mutation":case"subscription":var n,s=void 0;(n=$.charCodeAt(g))!==40&&n!==64&&n!==123&&(s=U());var a={kind:"OperationDefinition",operation:i,name:s,variableDefinitions:xi(),directives:ae(!1),selectionSet:et()};t&&(a.description=t),e.push(a);break;default:throw j("Document")}}}while(g<$.length);return e}function Ri(e,t){return $=e.body?e.body:e,g=0,I(),t&&t.noLocation?{kind:"Document",definitions:tn()}:{kind:"Document",definitions:tn(),loc:{start:0,end:$.length,startToken:void 0,endToken:void 0,source:{body:$,name:"graphql.web",locationOffset:{line:1,column:1}}}}}function V(e,t,i){for(var n="",s=0;s<e.length;s++)s&&(n+=t),n+=i(e[s]);return n}function Pi(e){return JSON.stringify(e)}function Bi(e){return`"""
`+e.replace(/"""/g,'\\"""')+`
"""`}var Z=`
`,E={OperationDefinition(e){var t="";e.description&&(t+=E.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=" "+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=" "),t+="("+V(e.variableDefinitions,", ",E.VariableDefinition)+")"),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive));var i=E.SelectionSet(e.selectionSet);return t!=="query"?t+" "+i:i},VariableDefinition(e){var t="";return e.description&&(t+=E.StringValue(e.description)+" "),t+=E.Variable(e.variable)+": "+ne(e.type),e.defaultValue&&(t+=" = "+ne(e.defaultValue)),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t},Field(e){var t=e.alias?e.alias.value+": "+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var i=V(e.arguments,", ",E.Argument);t.length+i.length+2>80?t+="("+(Z+="  ")+V(e.arguments,Z,E.Argument)+(Z=Z.slice(0,-2))+")":t+="("+i+")"}return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=" "+E.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?Bi(e.value).replace(/\n/g,Z):Pi(e.value)},BooleanValue:e=>""+e.value,NullValue:e=>"null",IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>"$"+e.name.value,ListValue:e=>"["+V(e.values,", ",ne)+"]",ObjectValue:e=>"{"+V(e.fields,", ",E.ObjectField)+"}",ObjectField:e=>e.name.value+": "+ne(e.value),Document(e){return!e.definitions||!e.definitions.length?"":V(e.definitions,`

`,ne)},SelectionSet:e=>"{"+(Z+="  ")+V(e.selections,Z,ne)+(Z=Z.slice(0,-2))+"}",Argument:e=>e.name.value+": "+ne(e.value),FragmentSpread(e){var t="..."+e.name.value;return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t},InlineFragment(e){var t="...";return e.typeCondition&&(t+=" on "+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t+=" "+E.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t="";return e.description&&(t+=E.StringValue(e.description)+`
`),t+="fragment "+e.name.value,t+=" on "+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t+" "+E.SelectionSet(e.selectionSet)},Directive(e){var t="@"+e.name.value;return e.arguments&&e.arguments.length&&(t+="("+V(e.arguments,", ",E.Argument)+")"),t},NamedType:e=>e.name.value,ListType:e=>"["+ne(e.type)+"]",NonNullType:e=>ne(e.type)+"!"},ne=e=>E[e.kind](e);function Li(e){return Z=`
`,E[e.kind]?E[e.kind](e):""}var jn=()=>{},M=jn;function K(e){return{tag:0,0:e}}function ke(e){return{tag:1,0:e}}var kt=()=>typeof Symbol=="function"&&Symbol.asyncIterator||"@@asyncIterator",Mn=e=>e;function Ti(e){return t=>i=>{var n=[],s=M,a=M,o=!1,l=!1,u=!1,d=!1;function c(f){u=!0,f((p=>{p===0?u&&(u=!1,n.length?c(e(n.shift())):d?i(0):o||(o=!0,s(0))):p.tag===0?(l=!1,(a=p[0])(0)):u&&(i(p),l?l=!1:a(0))}))}t((f=>{d||(f===0?(d=!0,!u&&!n.length&&i(0)):f.tag===0?s=f[0]:(o=!1,u?n.push(f[0]):c(e(f[0]))))})),i(K((f=>{f===1?(d||(d=!0,s(1)),u&&(u=!1,a(1))):(!d&&!o&&(o=!0,s(0)),u&&!l&&(l=!0,a(0)))})))}}function qi(e){return Ti(Mn)(e)}function Vn(e){return qi(Jn(e))}function B(e){return t=>i=>{var n=M;t((s=>{s===0?i(0):s.tag===0?(n=s[0],i(s)):e(s[0])?i(s):n(0)}))}}function De(e){return t=>i=>t((n=>{n===0||n.tag===0?i(n):i(ke(e(n[0])))}))}function Vt(e){return t=>i=>{var n=[],s=M,a=!1,o=!1;t((l=>{o||(l===0?(o=!0,n.length||i(0)):l.tag===0?s=l[0]:(a=!1,(function(d){var c=M;d((f=>{if(f===0){if(n.length){var p=n.indexOf(c);p>-1&&(n=n.slice()).splice(p,1),n.length||(o?i(0):a||(a=!0,s(0)))}}else f.tag===0?(n.push(c=f[0]),c(0)):n.length&&(i(f),c(0))}))})(e(l[0])),a||(a=!0,s(0))))})),i(K((l=>{if(l===1){o||(o=!0,s(1));for(var u=0,d=n,c=n.length;u<c;u++)d[u](1);n.length=0}else{!o&&!a?(a=!0,s(0)):a=!1;for(var f=0,p=n,h=n.length;f<h;f++)p[f](0)}})))}}function ji(e){return Vt(Mn)(e)}function ve(e){return ji(Jn(e))}function Un(e){return t=>i=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,i(0),e();else if(s.tag===0){var a=s[0];i(K((o=>{o===1?(n=!0,a(1),e()):a(o)})))}else i(s)}))}}function Hn(e){return t=>i=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,i(0);else if(s.tag===0){var a=s[0];i(K((o=>{o===1&&(n=!0),a(o)})))}else e(s[0]),i(s)}))}}function nn(e){return t=>i=>t((n=>{n===0?i(0):n.tag===0?(i(n),e()):i(n)}))}function Mi(e,t){return i=>n=>{var s=t;i((a=>{a===0?n(0):a.tag===0?n(a):n(ke(s=e(s,a[0])))}))}}function ye(e){var t=[],i=M,n=!1;return s=>{t.push(s),t.length===1&&e((a=>{if(a===0){for(var o=0,l=t,u=t.length;o<u;o++)l[o](0);t.length=0}else if(a.tag===0)i=a[0];else{n=!1;for(var d=0,c=t,f=t.length;d<f;d++)c[d](a)}})),s(K((a=>{if(a===1){var o=t.indexOf(s);o>-1&&(t=t.slice()).splice(o,1),t.length||i(1)}else n||(n=!0,i(0))})))}}function St(e){return t=>i=>{var n=M,s=M,a=!1,o=!1,l=!1,u=!1;t((d=>{u||(d===0?(u=!0,l||i(0)):d.tag===0?n=d[0]:(l&&(s(1),s=M),a?a=!1:(a=!0,n(0)),(function(f){l=!0,f((p=>{l&&(p===0?(l=!1,u?i(0):a||(a=!0,n(0))):p.tag===0?(o=!1,(s=p[0])(0)):(i(p),o?o=!1:s(0)))}))})(e(d[0]))))})),i(K((d=>{d===1?(u||(u=!0,n(1)),l&&(l=!1,s(1))):(!u&&!a&&(a=!0,n(0)),l&&!o&&(o=!0,s(0)))})))}}function Gn(e){return t=>i=>{var n=M,s=!1,a=0;t((o=>{s||(o===0?(s=!0,i(0)):o.tag===0?n=o[0]:a++<e?(i(o),!s&&a>=e&&(s=!0,i(0),n(1))):i(o))})),i(K((o=>{o===1&&!s?(s=!0,n(1)):o===0&&!s&&a<e&&n(0)})))}}function Ut(e){return t=>i=>{var n=M,s=M,a=!1;t((o=>{a||(o===0?(a=!0,s(1),i(0)):o.tag===0?(n=o[0],e((l=>{l===0||(l.tag===0?(s=l[0])(0):(a=!0,s(1),n(1),i(0)))}))):i(o))})),i(K((o=>{o===1&&!a?(a=!0,n(1),s(1)):a||n(0)})))}}function zn(e,t){return i=>n=>{var s=M,a=!1;i((o=>{a||(o===0?(a=!0,n(0)):o.tag===0?(s=o[0],n(o)):e(o[0])?n(o):(a=!0,t&&n(o),n(0),s(1)))}))}}function Vi(e){return t=>e()(t)}function Qn(e){return t=>{var i=e[kt()]&&e[kt()]()||e,n=!1,s=!1,a=!1,o;t(K((async l=>{if(l===1)n=!0,i.return&&i.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=await i.next()).done)n=!0,i.return&&await i.return(),t(0);else try{a=!1,t(ke(o.value))}catch(u){if(i.throw)(n=!!(await i.throw(u)).done)&&t(0);else throw u}s=!1}})))}}function Ui(e){return e[kt()]?Qn(e):t=>{var i=e[Symbol.iterator](),n=!1,s=!1,a=!1,o;t(K((l=>{if(l===1)n=!0,i.return&&i.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=i.next()).done)n=!0,i.return&&i.return(),t(0);else try{a=!1,t(ke(o.value))}catch(u){if(i.throw)(n=!!i.throw(u).done)&&t(0);else throw u}s=!1}})))}}var Jn=Ui;function oe(e){return t=>{var i=!1;t(K((n=>{n===1?i=!0:i||(i=!0,t(ke(e)),t(0))})))}}function Kn(e){return t=>{var i=!1,n=e({next(s){i||t(ke(s))},complete(){i||(i=!0,t(0))}});t(K((s=>{s===1&&!i&&(i=!0,n())})))}}function Wn(){var e,t;return{source:ye(Kn((i=>(e=i.next,t=i.complete,jn)))),next(i){e&&e(i)},complete(){t&&t()}}}function Ne(e){return t=>{var i=M,n=!1;return t((s=>{s===0?n=!0:s.tag===0?(i=s[0])(0):n||(e(s[0]),i(0))})),{unsubscribe(){n||(n=!0,i(1))}}}}function Hi(e){Ne((t=>{}))(e)}function Gi(e){return new Promise((t=>{var i=M,n;e((s=>{s===0?Promise.resolve(n).then(t):s.tag===0?(i=s[0])(0):(n=s[0],i(0))}))}))}var zi=e=>e&&typeof e.message=="string"&&(e.extensions||e.name==="GraphQLError")?e:typeof e=="object"&&typeof e.message=="string"?new Ot(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new Ot(e);class Ht extends Error{constructor(t){var i=(t.graphQLErrors||[]).map(zi),n=((s,a)=>{var o="";if(s)return`[Network] ${s.message}`;if(a)for(var l=0,u=a.length;l<u;l++)o&&(o+=`
`),o+=`[GraphQL] ${a[l].message}`;return o})(t.networkError,i);super(n),this.name="CombinedError",this.message=n,this.graphQLErrors=i,this.networkError=t.networkError,this.response=t.response}toString(){return this.message}}var Je=(e,t)=>{for(var i=0|(t||5381),n=0,s=0|e.length;n<s;n++)i=(i<<5)+i+e.charCodeAt(n);return i},me=new Set,rn=new WeakMap,pe=(e,t)=>{if(e===null||me.has(e))return"null";if(typeof e!="object")return JSON.stringify(e)||"";if(e.toJSON)return pe(e.toJSON(),t);if(Array.isArray(e)){for(var i="[",n=0,s=e.length;n<s;n++)i.length>1&&(i+=","),i+=pe(e[n],t)||"null";return i+="]"}else if(!t&&(it!==be&&e instanceof it||rt!==be&&e instanceof rt))return"null";var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=rn.get(e)||Math.random().toString(36).slice(2);return rn.set(e,o),pe({__key:o},t)}me.add(e);for(var l="{",u=0,d=a.length;u<d;u++){var c=pe(e[a[u]],t);c&&(l.length>1&&(l+=","),l+=pe(a[u],t)+":"+c)}return me.delete(e),l+="}"},It=(e,t,i)=>{if(!(i==null||typeof i!="object"||i.toJSON||me.has(i)))if(Array.isArray(i))for(var n=0,s=i.length;n<s;n++)It(e,`${t}.${n}`,i[n]);else if(i instanceof it||i instanceof rt)e.set(t,i);else{me.add(i);for(var a in i)It(e,`${t}.${a}`,i[a])}},nt=(e,t)=>(me.clear(),pe(e,t||!1));class be{}var it=typeof File<"u"?File:be,rt=typeof Blob<"u"?Blob:be,Qi=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,Ji=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,Ki=(e,t)=>t%2==0?e.replace(Ji,`
`):e,sn=e=>e.split(Qi).map(Ki).join("").trim(),an=new Map,Ke=new Map,Gt=e=>{var t;return typeof e=="string"?t=sn(e):e.loc&&Ke.get(e.__key)===e?t=e.loc.source.body:(t=an.get(e)||sn(Li(e)),an.set(e,t)),typeof e!="string"&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:"gql",locationOffset:{line:1,column:1}}}),t},on=e=>{var t;if(e.documentId)t=Je(e.documentId);else if(t=Je(Gt(e)),e.definitions){var i=Xn(e);i&&(t=Je(`
# ${i}`,t))}return t},Yn=e=>{var t,i;return typeof e=="string"?(t=on(e),i=Ke.get(t)||Ri(e,{noLocation:!0})):(t=e.__key||on(e),i=Ke.get(t)||e),i.loc||Gt(i),i.__key=t,Ke.set(t,i),i},We=(e,t,i)=>{var n=t||{},s=Yn(e),a=nt(n,!0),o=s.__key;return a!=="{}"&&(o=Je(a,o)),{key:o,query:s,variables:n,extensions:i}},Xn=e=>{for(var t=0,i=e.definitions.length;t<i;t++){var n=e.definitions[t];if(n.kind===Ee.OPERATION_DEFINITION)return n.name?n.name.value:void 0}},st=(e,t,i)=>{var n=t.payload||t;if(!("data"in n||"errors"in n&&Array.isArray(n.errors)))throw new Error("No Content");var s=e.kind==="subscription";return{operation:e,data:n.data,error:Array.isArray(n.errors)?new Ht({graphQLErrors:n.errors,response:i}):void 0,extensions:n.extensions?{...n.extensions}:void 0,hasNext:t.hasNext==null?s:t.hasNext,stale:!1}},at=(e,t)=>{if(typeof e=="object"&&e!=null){if(Array.isArray(e)){e=[...e];for(var i=0,n=t.length;i<n;i++)e[i]=at(e[i],t[i]);return e}if(!e.constructor||e.constructor===Object){e={...e};for(var s in t)e[s]=at(e[s],t[s]);return e}}return t},Zn=(e,t,i,n)=>{var s=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},l=t.incremental;"path"in t&&(l=[t]);var u={data:e.data};if(l)for(var d=function(){var p=l[c];Array.isArray(p.errors)&&s.push(...p.errors),p.extensions&&(Object.assign(o,p.extensions),a=!0);var h="data",y=u,O=[];if(p.path)O=p.path;else if(n){var _=n.find((W=>W.id===p.id));p.subPath?O=[..._.path,...p.subPath]:O=_.path}for(var k=0,m=O.length;k<m;h=O[k++])y=y[h]=Array.isArray(y[h])?[...y[h]]:{...y[h]};if(p.items)for(var b=+h>=0?h:0,v=0,R=p.items.length;v<R;v++)y[b+v]=at(y[b+v],p.items[v]);else p.data!==void 0&&(y[h]=at(y[h],p.data))},c=0,f=l.length;c<f;c++)d();else u.data=(t.payload||t).data||e.data,s=t.errors||t.payload&&t.payload.errors||s;return{operation:e.operation,data:u.data,error:s.length?new Ht({graphQLErrors:s,response:i}):void 0,extensions:a?o:void 0,hasNext:t.hasNext!=null?t.hasNext:e.hasNext,stale:!1}},ei=(e,t,i)=>({operation:e,data:void 0,error:new Ht({networkError:t,response:i}),extensions:void 0,hasNext:!1,stale:!1});function ti(e){var t={query:void 0,documentId:void 0,operationName:Xn(e.query),variables:e.variables||void 0,extensions:e.extensions};return"documentId"in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:(!e.extensions||!e.extensions.persistedQuery||e.extensions.persistedQuery.miss)&&(t.query=Gt(e.query)),t}var Wi=(e,t)=>{var i=e.kind==="query"&&e.context.preferGetMethod;if(!i||!t)return e.context.url;var n=Yi(e.context.url);for(var s in t){var a=t[s];a&&n[1].set(s,typeof a=="object"?nt(a):a)}var o=n.join("?");return o.length>2047&&i!=="force"?(e.context.preferGetMethod=!1,e.context.url):o},Yi=e=>{var t=e.indexOf("?");return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},Xi=(e,t)=>{if(t&&!(e.kind==="query"&&e.context.preferGetMethod)){var i=nt(t),n=(l=>{var u=new Map;return(it!==be||rt!==be)&&(me.clear(),It(u,"variables",l)),u})(t.variables);if(n.size){var s=new FormData;s.append("operations",i),s.append("map",nt({...[...n.keys()].map((l=>[l]))}));var a=0;for(var o of n.values())s.append(""+a++,o);return s}return i}},Zi=(e,t)=>{var i={accept:e.kind==="subscription"?"text/event-stream, multipart/mixed":"application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed"},n=(typeof e.context.fetchOptions=="function"?e.context.fetchOptions():e.context.fetchOptions)||{};if(n.headers)if((o=>"has"in o&&!Object.keys(o).length)(n.headers))n.headers.forEach(((o,l)=>{i[l]=o}));else if(Array.isArray(n.headers))n.headers.forEach(((o,l)=>{Array.isArray(o)?i[o[0]]?i[o[0]]=`${i[o[0]]},${o[1]}`:i[o[0]]=o[1]:i[l]=o}));else for(var s in n.headers)i[s.toLowerCase()]=n.headers[s];var a=Xi(e,t);return typeof a=="string"&&!i["content-type"]&&(i["content-type"]="application/json"),{...n,method:a?"POST":"GET",body:a,headers:i}},er=/boundary="?([^=";]+)"?/i,tr=/data: ?([^\n]+)/;async function*dn(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var i=e.body.getReader(),n;try{for(;!(n=await i.read()).done;)yield n.value}finally{i.cancel()}}}async function*ln(e,t){var i=typeof TextDecoder<"u"?new TextDecoder:null,n="",s;for await(var a of e)for(n+=a.constructor.name==="Buffer"?a.toString():i.decode(a,{stream:!0});(s=n.indexOf(t))>-1;)yield n.slice(0,s),n=n.slice(s+t.length)}async function*nr(e,t,i){var n=!0,s=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,i)).headers.get("Content-Type")||"",l;/multipart\/mixed/i.test(o)?l=(async function*(f,p){var h=f.match(er),y="--"+(h?h[1]:"-"),O=!0,_;for await(var k of ln(dn(p),`\r
`+y)){if(O){O=!1;var m=k.indexOf(y);if(m>-1)k=k.slice(m+y.length);else continue}try{yield _=JSON.parse(k.slice(k.indexOf(`\r
\r
`)+4))}catch(b){if(!_)throw b}if(_&&_.hasNext===!1)break}_&&_.hasNext!==!1&&(yield{hasNext:!1})})(o,a):/text\/event-stream/i.test(o)?l=(async function*(f){var p;for await(var h of ln(dn(f),`

`)){var y=h.match(tr);if(y){var O=y[1];try{yield p=JSON.parse(O)}catch(_){if(!p)throw _}if(p&&p.hasNext===!1)break}}p&&p.hasNext!==!1&&(yield{hasNext:!1})})(a):/text\//i.test(o)?l=(async function*(f){var p=await f.text();try{var h=JSON.parse(p);yield h}catch{throw new Error(p)}})(a):l=(async function*(f){yield JSON.parse(await f.text())})(a);var u;for await(var d of l)d.pending&&!s?u=d.pending:d.pending&&(u=[...u,...d.pending]),s=s?Zn(s,d,a,u):st(e,d,a),n=!1,yield s,n=!0;s||(yield s=st(e,{},a))}catch(c){if(!n)throw c;yield ei(e,a&&(a.status<200||a.status>=300)&&a.statusText?new Error(a.statusText):c,a)}}function ir(e,t,i){var n;return typeof AbortController<"u"&&(i.signal=(n=new AbortController).signal),Un((()=>{n&&n.abort()}))(B((s=>!!s))(Qn(nr(e,t,i))))}var wt=(e,t)=>{if(Array.isArray(e))for(var i=0,n=e.length;i<n;i++)wt(e[i],t);else if(typeof e=="object"&&e!==null)for(var s in e)s==="__typename"&&typeof e[s]=="string"?t.add(e[s]):wt(e[s],t);return t},At=e=>{if("definitions"in e){for(var t=[],i=0,n=e.definitions.length;i<n;i++){var s=At(e.definitions[i]);t.push(s)}return{...e,definitions:t}}if("directives"in e&&e.directives&&e.directives.length){for(var a=[],o={},l=0,u=e.directives.length;l<u;l++){var d=e.directives[l],c=d.name.value;c[0]!=="_"?a.push(d):c=c.slice(1),o[c]=d}e={...e,directives:a,_directives:o}}if("selectionSet"in e){var f=[],p=e.kind===Ee.OPERATION_DEFINITION;if(e.selectionSet){for(var h=0,y=e.selectionSet.selections.length;h<y;h++){var O=e.selectionSet.selections[h];p=p||O.kind===Ee.FIELD&&O.name.value==="__typename"&&!O.alias;var _=At(O);f.push(_)}return p||f.push({kind:Ee.FIELD,name:{kind:Ee.NAME,value:"__typename"},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:f}}}}return e},cn=new Map,rr=e=>{var t=Yn(e),i=cn.get(t.__key);return i||(cn.set(t.__key,i=At(t)),Object.defineProperty(i,"__key",{value:t.__key,enumerable:!1})),i};function un(e){var t=i=>e(i);return t.toPromise=()=>Gi(Gn(1)(B((i=>!i.stale&&!i.hasNext))(t))),t.then=(i,n)=>t.toPromise().then(i,n),t.subscribe=i=>Ne(i)(t),t}function _e(e,t,i){return{...t,kind:e,context:t.context?{...t.context,...i}:i||t.context}}var fn=(e,t)=>_e(e.kind,e,{meta:{...e.context.meta,...t}}),sr=()=>{},ht=({kind:e})=>e!=="mutation"&&e!=="query",ar=e=>{var t=rr(e.query);if(t!==e.query){var i=_e(e.kind,e);return i.query=t,i}else return e},or=({forward:e,client:t,dispatchDebug:i})=>{var n=new Map,s=new Map,a=o=>o.kind==="query"&&o.context.requestPolicy!=="network-only"&&(o.context.requestPolicy==="cache-only"||n.has(o.key));return o=>{var l=De((d=>{var c=n.get(d.key),f=c||st(d,{data:null});return f={...f,operation:fn(d,{cacheOutcome:c?"hit":"miss"})},d.context.requestPolicy==="cache-and-network"&&(f.stale=!0,hn(t,d)),f}))(B((d=>!ht(d)&&a(d)))(o)),u=Hn((d=>{var{operation:c}=d;if(c){var f=c.context.additionalTypenames||[];if(d.operation.kind!=="subscription"&&(f=(R=>[...wt(R,new Set)])(d.data).concat(f)),d.operation.kind==="mutation"||d.operation.kind==="subscription"){for(var p=new Set,h=0;h<f.length;h++){var y=f[h],O=s.get(y);O||s.set(y,O=new Set);for(var _ of O.values())p.add(_);O.clear()}for(var k of p.values())n.has(k)&&(c=n.get(k).operation,n.delete(k),hn(t,c))}else if(c.kind==="query"&&d.data){n.set(c.key,d);for(var m=0;m<f.length;m++){var b=f[m],v=s.get(b);v||s.set(b,v=new Set),v.add(c.key)}}}}))(e(B((d=>d.kind!=="query"||d.context.requestPolicy!=="cache-only"))(De((d=>fn(d,{cacheOutcome:"miss"})))(ve([De(ar)(B((d=>!ht(d)&&!a(d)))(o)),B((d=>ht(d)))(o)])))));return ve([l,u])}},hn=(e,t)=>e.reexecuteOperation(_e(t.kind,t,{requestPolicy:"network-only"})),dr=({forwardSubscription:e,enableAllOperations:t,isSubscriptionOperation:i})=>({client:n,forward:s})=>{var a=i||(o=>o.kind==="subscription"||!!t&&(o.kind==="query"||o.kind==="mutation"));return o=>{var l=Vt((d=>{var{key:c}=d,f=B((p=>p.kind==="teardown"&&p.key===c))(o);return Ut(f)((p=>{var h=e(ti(p),p);return Kn((y=>{var O=!1,_,k;function m(b){y.next(k=k?Zn(k,b):st(p,b))}return Promise.resolve().then((()=>{O||(_=h.subscribe({next:m,error(b){Array.isArray(b)?m({errors:b}):y.next(ei(p,b)),y.complete()},complete(){O||(O=!0,k&&k.hasNext?m({hasNext:!1}):p.kind==="subscription"&&n.reexecuteOperation(_e("teardown",p,p.context)),y.complete())}}))})),()=>{O=!0,_&&_.unsubscribe()}}))})(d))}))(B((d=>d.kind!=="teardown"&&a(d)))(o)),u=s(B((d=>d.kind==="teardown"||!a(d)))(o));return ve([l,u])}},lr=({forward:e,dispatchDebug:t})=>i=>{var n=Vt((a=>{var o=ti(a),l=Wi(a,o),u=Zi(a,o),d=Ut(B((c=>c.kind==="teardown"&&c.key===a.key))(i))(ir(a,l,u));return d}))(B((a=>a.kind!=="teardown"&&(a.kind!=="subscription"||!!a.context.fetchSubscriptions)))(i)),s=e(B((a=>a.kind==="teardown"||a.kind==="subscription"&&!a.context.fetchSubscriptions))(i));return ve([n,s])},cr=e=>({client:t,forward:i,dispatchDebug:n})=>e.reduceRight(((s,a)=>a({client:t,forward(o){return ye(s(ye(o)))},dispatchDebug(o){}})),i),ur=({dispatchDebug:e})=>t=>B((i=>!1))(t),fr=function e(t){var i=0,n=new Map,s=new Map,a=new Set,o=[],l={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod!=null?t.preferGetMethod:"within-url-limit",requestPolicy:t.requestPolicy||"cache-first"},u=Wn();function d(m){(m.kind==="mutation"||m.kind==="teardown"||!a.has(m.key))&&(m.kind==="teardown"?a.delete(m.key):m.kind!=="mutation"&&a.add(m.key),u.next(m))}var c=!1;function f(m){if(m&&d(m),!c){for(c=!0;c&&(m=o.shift());)d(m);c=!1}}var p=m=>{var b=Ut(B((v=>v.kind==="teardown"&&v.key===m.key))(u.source))(B((v=>v.operation.kind===m.kind&&v.operation.key===m.key&&(!v.operation.context._instance||v.operation.context._instance===m.context._instance)))(k));return m.kind!=="query"?b=zn((v=>!!v.hasNext),!0)(b):b=St((v=>{var R=oe(v);return v.stale||v.hasNext?R:ve([R,De((()=>(v.stale=!0,v)))(Gn(1)(B((W=>W.key===m.key))(u.source)))])}))(b),m.kind!=="mutation"?b=Un((()=>{a.delete(m.key),n.delete(m.key),s.delete(m.key),c=!1;for(var v=o.length-1;v>=0;v--)o[v].key===m.key&&o.splice(v,1);d(_e("teardown",m,m.context))}))(Hn((v=>{if(v.stale)if(!v.hasNext)a.delete(m.key);else for(var R=0;R<o.length;R++){var W=o[R];if(W.key===v.operation.key){a.delete(W.key);break}}else v.hasNext||a.delete(m.key);n.set(m.key,v)}))(b)):b=nn((()=>{d(m)}))(b),ye(b)},h=this instanceof e?this:Object.create(e.prototype),y=Object.assign(h,{suspense:!!t.suspense,operations$:u.source,reexecuteOperation(m){if(m.kind==="teardown")f(m);else if(m.kind==="mutation")o.push(m),Promise.resolve().then(f);else if(s.has(m.key)){for(var b=!1,v=0;v<o.length;v++)o[v].key===m.key&&(o[v]=m,b=!0);b||a.has(m.key)&&m.context.requestPolicy!=="network-only"?(a.delete(m.key),Promise.resolve().then(f)):(o.push(m),Promise.resolve().then(f))}},createRequestOperation(m,b,v){return v||(v={}),_e(m,b,{_instance:m==="mutation"?i=i+1|0:void 0,...l,...v,requestPolicy:v.requestPolicy||l.requestPolicy,suspense:v.suspense||v.suspense!==!1&&y.suspense})},executeRequestOperation(m){return m.kind==="mutation"?un(p(m)):un(Vi((()=>{var b=s.get(m.key);b||s.set(m.key,b=p(m)),b=nn((()=>{f(m)}))(b);var v=n.get(m.key);return m.kind==="query"&&v&&(v.stale||v.hasNext)?St(oe)(ve([b,B((R=>R===n.get(m.key)))(oe(v))])):b})))},executeQuery(m,b){var v=y.createRequestOperation("query",m,b);return y.executeRequestOperation(v)},executeSubscription(m,b){var v=y.createRequestOperation("subscription",m,b);return y.executeRequestOperation(v)},executeMutation(m,b){var v=y.createRequestOperation("mutation",m,b);return y.executeRequestOperation(v)},readQuery(m,b,v){var R=null;return Ne((W=>{R=W}))(y.query(m,b,v)).unsubscribe(),R},query:(m,b,v)=>y.executeQuery(We(m,b),v),subscription:(m,b,v)=>y.executeSubscription(We(m,b),v),mutation:(m,b,v)=>y.executeMutation(We(m,b),v)}),O=sr,_=cr(t.exchanges),k=ye(_({client:y,dispatchDebug:O,forward:ur({dispatchDebug:O})})(u.source));return Hi(k),y},$e,D,mt,mn,Ft=Object.is,Re=0,ni=[],Ct=[],x=F,pn=x.__b,gn=x.__r,vn=x.diffed,yn=x.__c,bn=x.unmount,_n=x.__;function lt(e,t){x.__h&&x.__h(D,e,Re||t),Re=0;var i=D.__H||(D.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function Q(e){return Re=1,hr(ri,e)}function hr(e,t,i){var n=lt($e++,2);if(n.t=e,!n.__c&&(n.__=[ri(void 0,t),function(a){var o=(n.__N||n.__)[0],l=n.t(o,a);Ft(o,l)||(n.__N=[l,n.__[1]],n.__c.setState({}))}],n.__c=D,!D.__f)){D.__f=!0;var s=D.shouldComponentUpdate;D.shouldComponentUpdate=function(a,o,l){var u=this.__H;if(!u)return!0;var d=!1,c=this.props!=a;if(u.__.some(function(p){p.__N&&(d=!0,Ft(p.__[0],p.__N[0])||(c=!0))}),s){var f=s.call(this,a,o,l);return d?f||c:f}return!d||c}}return n.__}function X(e,t){var i=lt($e++,3);!x.__s&&ii(i.__H,t)&&(i.__P=!0,i.__=e,i.u=t,D.__H.__h.push(i))}function zt(e){return Re=5,Be(function(){return{current:e}},[])}function Be(e,t){var i=lt($e++,7);return ii(i.__H,t)&&(i.__=e(),i.__H=t),i.__}function pt(e,t){return Re=8,Be(function(){return e},t)}function Le(e){var t=D.context[e.__c],i=lt($e++,9);return i.c=e,t?(i.__==null&&(i.__=!0,t.sub(D)),t.props.value):e.__}function mr(){var e;do{for(;e=Ct.shift();)try{xe(e)}catch(i){x.__e(i,{__:(e=e.__P)&&e.__v})}for(;e=ni.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xe),t.__h.some(Et),t.__h=[]}catch(i){t.__h=[],x.__e(i,e.__v)}}}while(Ct.length)}x.__b=function(e){D=null,pn&&pn(e)},x.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_n&&_n(e,t)},x.__r=function(e){gn&&gn(e),$e=0;var t=(D=e.__c).__H;t&&(mt==D?D.__h=[]:(t.__h.some(xe),t.__h.some(Et),$e=0),t.__h=[],t.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),mt=D},x.diffed=function(e){vn&&vn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&On(ni.push(t)),t.__H.__.some(function(i){i.u&&(i.__H=i.u)})),mt=D=null},x.__c=function(e,t){t.some(function(i){try{i.__h.some(xe),i.__h=i.__h.filter(function(n){return!n.__||Et(n)})}catch(n){i.__h=[function(){throw n}]}}),yn&&yn(e,t)},x.unmount=function(e){bn&&bn(e);var t,i,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(i===void 0){for(i=e.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}s.__P=i,On(Ct.push(s))}else xe(s)}catch(a){t=a}}),n.__H=void 0,t&&x.__e(t,n.__v))};var $n=typeof requestAnimationFrame=="function";function pr(e){var t,i=function(){clearTimeout(n),$n&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(i,35);$n&&(t=requestAnimationFrame(i))}function On(e){e!=1&&mn==x.requestAnimationFrame||((mn=x.requestAnimationFrame)||pr)(mr)}function xe(e){var t=D,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),D=t}function Et(e){var t=D;e.__c=e.__(),D=t}function ii(e,t){return!e||e.length!=t.length||t.some(function(i,n){return!Ft(i,e[n])})}function ri(e,t){return typeof t=="function"?t(e):t}var gr={},ct=jt(gr),vr=ct.Provider;ct.Consumer;ct.displayName="UrqlContext";var yr=()=>{var e=Le(ct);return e},gt=!1,br=(e,t)=>e===t||!(!e||!t||e.key!==t.key),_r=(e,t)=>{if(typeof e!="object"||typeof t!="object")return e!==t;for(var i in e)if(!(i in t))return!0;for(var n in t)if(n==="operation"?!br(e[n],t[n]):e[n]!==t[n])return!0;return!1};function $r(e,t){var[i,n]=Be((()=>{var o=Wn();return[Vn([oe(e),o.source]),l=>{l!==e&&o.next(e=l)}]}),[]),[s,a]=Q((()=>{gt=!0;var o;try{Ne((l=>{o=l}))(t(oe(e))).unsubscribe()}finally{gt=!1}return o}));return X((()=>Ne((o=>{gt||a((l=>_r(l,o)?o:l))}))(t(i,s)).unsubscribe),[i]),[s,n]}function Or(e,t){var i=zt(void 0);return Be((()=>{var n=We(e,t);return i.current!==void 0&&i.current.key===n.key?i.current:(i.current=n,n)}),[e,t])}var kr={fetching:!1,stale:!1,hasNext:!1,error:void 0,data:void 0,extensions:void 0,operation:void 0},vt=(e,t)=>t&&t.suspense!==void 0?!!t.suspense:e.suspense,yt=new Map;function Sr(e){var t=yr(),i=Or(e.query,e.variables),n=pt((u=>{var d=vt(t,e.context),c=d?yt.get(i.key):void 0;return c||(c=t.executeQuery(i,{requestPolicy:e.requestPolicy,...e.context,...u}),d&&(c=(function(p){var h=ye(p),y,O;return _=>{var k=!1;if(zn((b=>(y===void 0&&Promise.resolve(b).then(O),y=b,!k)))(h)(_),y!==void 0){var m=[y];m.tag=1,_(m)}else throw k=!0,_(0),new Promise((b=>{O=b}))}})(c),typeof window<"u"&&yt.set(i.key,c))),c}),[t,i,e.requestPolicy,e.context]),s=Be((()=>e.pause?null:n()),[e.pause,n]),[a,o]=$r(s,pt(((u,d)=>Mi(((c,f)=>({...c,...f})),d||kr)(St((c=>c?Vn([oe({fetching:!0,stale:!1}),De((({stale:f,data:p,error:h,extensions:y,operation:O,hasNext:_})=>({fetching:!1,stale:!!f,hasNext:_,data:p,error:h,operation:O,extensions:y})))(c),oe({fetching:!1,stale:!1,hasNext:!1})]):oe({fetching:!1,stale:!1,hasNext:!1})))(u))),[])),l=pt((u=>{o(n({suspense:!1,...u}))}),[o,n]);return X((()=>{yt.delete(i.key),vt(t,e.context)||o(s)}),[o,t,s,i,e.context]),vt(t,e.context)&&o(s),[a,l]}const si=new URL("/graphql",location.href).toString(),Dt=gi({url:si.replace(/^http/,"ws"),lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0}),Qt=new fr({url:si,preferGetMethod:!1,requestPolicy:"cache-and-network",exchanges:[or,lr,dr({forwardSubscription(e){const t={...e,query:e.query||""};return{subscribe(i){return{unsubscribe:Dt.subscribe(t,i)}}}}})]});function H(e,t,i=!1){return Sr({query:e.toString(),variables:t,pause:i})}async function Oe(e,t){const i=await Qt.query(e.toString(),t,{requestPolicy:"network-only"}).toPromise();if(i.error)throw i.error;if(!i.data)throw new Error("the server answered no data");return i.data}const Ir=["valid","pos","known","pub"];function ai(e){const t=e.replace(/^#/,""),i=t.indexOf("?"),n=i<0?t:t.slice(0,i),s=new URLSearchParams(i<0?"":t.slice(i+1));return{path:n.split("/").filter(Boolean).map(decodeURIComponent),params:s}}function ut(e,t){const i=t instanceof URLSearchParams?new URLSearchParams(t):new URLSearchParams;if(!(t instanceof URLSearchParams))for(const[s,a]of Object.entries(t))a&&i.set(s,a);for(const[s,a]of[...i.entries()])a||i.delete(s);const n=i.toString();return"#/"+e.map(encodeURIComponent).join("/")+(n?"?"+n:"")}function wr(){const[e,t]=Q(location.hash);return X(()=>{const i=()=>t(location.hash);return addEventListener("hashchange",i),()=>removeEventListener("hashchange",i)},[]),ai(e)}function ft(){return ai(location.hash)}function C(e,t={},i=ft()){const n=new URLSearchParams;for(const s of Ir){const a=i.params.get(s);a&&n.set(s,a)}for(const[s,a]of Object.entries(t))a?n.set(s,a):n.delete(s);return ut(e,n)}function oi(e){location.hash!==e&&(location.hash=e)}function L(e,t=!1){const i=ft(),n=new URLSearchParams(i.params);n.delete("basis");for(const[a,o]of Object.entries(e))o?n.set(a,o):n.delete(a);const s=ut(i.path,n);t?(history.replaceState(null,"",s),dispatchEvent(new HashChangeEvent("hashchange"))):oi(s)}const di=new Set;function Ar(e){const t=ft();if(t.params.has("pos")||t.params.has("known"))return;const i=`${e.position},${e.validAt}`;if(t.params.get("basis")===i)return;const n=new URLSearchParams(t.params);n.set("basis",i);const s=ut(t.path,n);di.add(s),history.replaceState(history.state,"",s)}function Jt(e){const t=e.params.get("basis");if(!t||di.has(ut(e.path,e.params)))return null;const i=/^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(t);return i?{position:Number(i[1]),validAt:i[2]}:null}function Y(e){const t={},i=e.params.get("valid"),n=e.params.get("pos"),s=e.params.get("known"),a=Jt(e),o=e.params.get("pub");return i&&(t.validAt=i),o&&(t.publishedBy=o),n&&/^\d+$/.test(n)?t.position=Number(n):s?t.knownAt=s:a&&(t.position=a.position,t.validAt??=a.validAt),Object.keys(t).length?t:void 0}function Fr(e){return e.params.has("pos")||e.params.has("known")||Jt(e)!==null}const Kt=jt({head:null,events:[],connected:!1});function Se(e,t){const{events:i}=Le(Kt),n=i.length?i[i.length-1].position:0,s=zt(n),a=Fr(e)||e.params.has("after")||e.params.has("before");X(()=>{n>s.current&&!a&&t(),s.current=n},[n,a])}class w extends String{__apiType;value;__meta__;constructor(t,i){super(t),this.value=t,this.__meta__=i}toString(){return this.value}}const Cr=new w(`
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
    `,{fragmentName:"SummaryFields"}),Er=new w(`
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
    `,{fragmentName:"BasisFields"}),Dr=new w(`
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
    `,{fragmentName:"EventFields"}),xr=new w(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `,{fragmentName:"SourceFields"}),Nr=new w(`
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
}`,{fragmentName:"LinkFields"}),Rr=new w(`
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
}`,{fragmentName:"RecordFields"}),Pr=new w(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `),Br=new w(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `),Lr=new w(`
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
}`),Tr=new w(`
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
}`),qr=new w(`
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
}`),jr=new w(`
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
}`),Mr=new w(`
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
}`),Vr=new w(`
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
}`),Ur=new w(`
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
}`),Hr=new w(`
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
}`),Gr=new w(`
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
}`),zr=new w(`
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
}`),Qr=new w(`
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
}`),Jr=new w(`
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
}`),Kr=new w(`
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
    `),Wr=new w(`
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
    `),Yr=new w(`
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
    `),Xr=new w(`
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
}`),Zr=new w(`
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
}`),es=new w(`
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
}`),ts=new w(`
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
}`),ns=new w(`
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
    `),is=new w(`
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
}`),rs=new w(`
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
}`),ss=new w(`
    query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {
  screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {
    basis {
      ...BasisFields
    }
    name
    threshold
    candidates {
      score
      nameScore
      matchedName
      nameKind
      how
      agreed {
        name
        query
        record
      }
      conflicted {
        name
        query
        record
      }
      designation {
        recordId
        list
        status
        effectiveOn
        delistedOn
        programs
        party {
          id
          name
          schema
        }
      }
    }
  }
}
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}`),as={"\n  fragment BasisFields on Basis {\n    position\n    validAt\n    publishedBy\n  }\n":Er,"\n  fragment SourceFields on Source {\n    sourceId\n    citation\n    title\n    publisher\n    url\n    official\n    publishedOn\n  }\n":xr,"\n  fragment EventFields on LedgerEvent {\n    position\n    eventId\n    type\n    stream\n    version\n    recordedAt\n    actor\n    command\n    data\n    hash\n    subject { kind id }\n  }\n":Dr,"\n  fragment SummaryFields on RecordSummary {\n    ref { kind id }\n    known\n    retracted\n    label\n    jurisdiction\n    date\n    status\n  }\n":Cr,"\n  fragment LinkFields on Link {\n    id\n    relation\n    assertedBy\n    evidence\n    knownSince\n    fromRef { kind id }\n    toRef { kind id }\n    sources { ...SourceFields }\n  }\n":Nr,"\n  fragment RecordFields on Record {\n    id\n    recordId\n    kind\n    version\n    knownSince\n    basis { ...BasisFields }\n    history { ...EventFields }\n    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }\n    retraction { id eventId reason sources { ...SourceFields } }\n    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }\n    outgoingLinks { ...LinkFields }\n    incomingLinks { ...LinkFields }\n  }\n":Rr,"\n  query LedgerHead {\n    ledger { head signingKey { keyId } }\n  }\n":Pr,"\n  query TreeHead($size: Int) {\n    treeHead(size: $size) { size rootHash }\n  }\n":Br,"\n  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        measureType\n        implementingJurisdiction\n        announcedOn\n        authority { id name }\n        affected { jurisdiction how }\n      }\n    }\n  }\n":Lr,"\n  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        party { id name jurisdiction schema }\n        list\n        listEntryId\n        programs\n        status\n        effectiveOn\n        effectiveNotBefore\n        delistedOn\n      }\n    }\n  }\n":Tr,"\n  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        announcedOn\n        target { id name jurisdiction }\n        acquirers { id name jurisdiction }\n      }\n    }\n  }\n":qr,"\n  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        name\n        level\n        establishedOn\n        parties { id name jurisdiction }\n        meetings { id }\n      }\n    }\n  }\n":jr,"\n  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        actionKind\n        openedOn\n        summary\n        closed\n        authority { id name jurisdiction }\n      }\n    }\n  }\n":Mr,"\n  query Search($asOf: AsOf, $text: String!, $id: ID!) {\n    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {\n      totalCount\n      basis { ...BasisFields }\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {\n      totalCount\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byName: designations(asOf: $asOf, filter: { name: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    measure(recordId: $id, asOf: $asOf) { recordId title status }\n    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }\n    transaction(recordId: $id, asOf: $asOf) { recordId title status }\n    dialogue(recordId: $id, asOf: $asOf) { recordId name }\n    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }\n    source(recordId: $id, asOf: $asOf) { recordId title publisher }\n    transactions(asOf: $asOf, first: 100) {\n      nodes { recordId title status target { id name } acquirers { id name } }\n    }\n    dialogues(asOf: $asOf, first: 100) {\n      nodes { recordId name parties { id name } }\n    }\n    enforcementActions(asOf: $asOf, first: 100) {\n      nodes { recordId summary targets { id name } }\n    }\n  }\n":Vr,"\n  query MeasureRecord($id: ID!, $asOf: AsOf) {\n    record: measure(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      summary\n      status\n      measureType\n      implementingJurisdiction\n      countryNeutral\n      announcedOn\n      authority { id name jurisdiction }\n      affected { jurisdiction how }\n      items { scheme code description }\n      instrument { title citation legalBasis }\n      provisions { id title effectiveOn endsOn status suspension { id from until } }\n      dates { kind date precision note }\n      sources { ...SourceFields }\n      amendments {\n        id\n        effectiveOn\n        summary\n        instrument { title citation }\n        endProvisions\n        addProvisions { id title effectiveOn }\n      }\n      suspensions { id provisionIds from until reason end { endedOn how reason } }\n      revocation { effectiveOn reason }\n      expiry { expiredOn reason }\n    }\n  }\n":Ur,"\n  query DesignationRecord($id: ID!, $asOf: AsOf) {\n    record: designation(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      party { id name jurisdiction schema properties { name values } }\n      list\n      listEntryId\n      programs\n      remarks\n      effectiveNotBefore\n      amendments { amendmentId effectiveOn effectiveNotBefore inEffect summary changes { field old new } }\n      listAuthority { id name jurisdiction }\n      status\n      licenceRequirement\n      reviewPolicy\n      footnotes\n      savingsClauseUntil\n      effectiveOn\n      delistedOn\n      measureId\n      instrument { title citation legalBasis }\n      sources { ...SourceFields }\n    }\n  }\n":Hr,"\n  query TransactionRecord($id: ID!, $asOf: AsOf) {\n    record: transaction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      status\n      announcedOn\n      outsideDate\n      acquirers { id name jurisdiction }\n      target { id name jurisdiction }\n      value { amount currency }\n      sources { ...SourceFields }\n      reviews {\n        id\n        regime\n        trigger\n        openedOn\n        outcome\n        concludedOn\n        conditions\n        summary\n        authority { id name jurisdiction }\n      }\n      termination { terminatedOn reason }\n      completion { completedOn }\n    }\n  }\n":Gr,"\n  query DialogueRecord($id: ID!, $asOf: AsOf) {\n    record: dialogue(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      name\n      level\n      cadence\n      purpose\n      establishedOn\n      parties { id name jurisdiction }\n      sources { ...SourceFields }\n      meetings {\n        id\n        title\n        heldOn\n        place\n        level\n        outcomes\n        participants { name role jurisdiction }\n        sources { ...SourceFields }\n      }\n    }\n  }\n":zr,"\n  query EnforcementRecord($id: ID!, $asOf: AsOf) {\n    record: enforcementAction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      actionKind\n      openedOn\n      summary\n      closed\n      legalBasis\n      authority { id name jurisdiction }\n      targets { id name jurisdiction }\n      sources { ...SourceFields }\n      findings { id issuedOn outcome final summary }\n    }\n  }\n":Qr,"\n  query SourceRecord($id: ID!, $asOf: AsOf) {\n    record: source(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      publisher\n      citation\n      url\n      official\n      language\n      sha256\n      publishedOn\n    }\n  }\n":Jr,"\n  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {\n    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {\n      nodes { validFrom validUntil event { type } }\n    }\n  }\n":Kr,"\n  query SummaryAt($id: ID!, $asOf: AsOf) {\n    measure(recordId: $id, asOf: $asOf) { status }\n    designation(recordId: $id, asOf: $asOf) { status }\n    transaction(recordId: $id, asOf: $asOf) { status }\n    enforcementAction(recordId: $id, asOf: $asOf) { closed }\n  }\n":Wr,"\n  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {\n    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {\n      entries {\n        event {\n          position\n          hash\n          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }\n        }\n      }\n    }\n    treeHead(size: $treeSize) { size rootHash }\n  }\n":Yr,"\n  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {\n    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        record { kind id }\n        validFrom\n        validUntil\n        correctedAt\n        retractedAt\n        event { position type recordedAt actor command data }\n      }\n    }\n  }\n":Xr,"\n  query Diff($from: AsOf!, $to: AsOf!) {\n    diff(from: $from, to: $to) {\n      fromBasis { ...BasisFields }\n      toBasis { ...BasisFields }\n      changes {\n        record { ...SummaryFields }\n        what\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n":Zr,"\n  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {\n    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {\n      basis { ...BasisFields }\n      root { kind id }\n      truncated\n      nodes { depth record { ...SummaryFields } }\n      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":es,"\n  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {\n    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {\n      basis { ...BasisFields }\n      steps {\n        by\n        against\n        measure { ...SummaryFields }\n        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }\n      }\n      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":ts,"\n  subscription LiveEvents($after: Int) {\n    ledgerEvents(after: $after) {\n      position\n      type\n      recordedAt\n      actor\n      subject { kind id }\n    }\n  }\n":ns,"\n  query Lists($asOf: AsOf) {\n    lists(asOf: $asOf) {\n      list\n      basis { ...BasisFields }\n      snapshots\n      publishedAt\n      ageSeconds\n      listed\n      lastSnapshot { recordId title sha256 }\n    }\n  }\n":is,"\n  query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {\n    listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {\n      from { ...BasisFields }\n      to { ...BasisFields }\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        op\n        designation { recordId listEntryId party { id name } }\n        changes { field old new }\n      }\n    }\n  }\n":rs,"\n  query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {\n    screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {\n      basis { ...BasisFields }\n      name\n      threshold\n      candidates {\n        score\n        nameScore\n        matchedName\n        nameKind\n        how\n        agreed { name query record }\n        conflicted { name query record }\n        designation { recordId list status effectiveOn delistedOn programs party { id name schema } }\n      }\n    }\n  }\n":ss};function A(e){return as[e]??{}}A(`
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
`);const os=A(`
  query LedgerHead {
    ledger { head signingKey { keyId } }
  }
`),li=A(`
  query TreeHead($size: Int) {
    treeHead(size: $size) { size rootHash }
  }
`),ds=A(`
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
`),ls=A(`
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
`),cs=A(`
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
`),us=A(`
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
`),fs=A(`
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
`),hs=A(`
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
`),ms=A(`
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
`),ps=A(`
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
`),gs=A(`
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
`),vs=A(`
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
`),ys=A(`
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
`),bs=A(`
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
`),_s=A(`
  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {
      nodes { validFrom validUntil event { type } }
    }
  }
`),$s=A(`
  query SummaryAt($id: ID!, $asOf: AsOf) {
    measure(recordId: $id, asOf: $asOf) { status }
    designation(recordId: $id, asOf: $asOf) { status }
    transaction(recordId: $id, asOf: $asOf) { status }
    enforcementAction(recordId: $id, asOf: $asOf) { closed }
  }
`),Os=A(`
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
`),ks=A(`
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
`),Ss=A(`
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
`),Is=A(`
  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
      basis { ...BasisFields }
      root { kind id }
      truncated
      nodes { depth record { ...SummaryFields } }
      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),ws=A(`
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
`),As=A(`
  subscription LiveEvents($after: Int) {
    ledgerEvents(after: $after) {
      position
      type
      recordedAt
      actor
      subject { kind id }
    }
  }
`),Fs=A(`
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
`),Cs=A(`
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
`),Es=A(`
  query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {
    screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {
      basis { ...BasisFields }
      name
      threshold
      candidates {
        score
        nameScore
        matchedName
        nameKind
        how
        agreed { name query record }
        conflicted { name query record }
        designation { recordId list status effectiveOn delistedOn programs party { id name schema } }
      }
    }
  }
`),Wt=jt({basis:null,setBasis:()=>{}});function ie(e){const{setBasis:t}=Le(Wt),i=e?`${e.position}/${e.validAt}`:"";X(()=>{t(e??null),e&&Ar(e)},[i])}function Ds(){return new Date().toISOString().slice(0,10)}function xs({route:e}){const t=e.params.get("valid")??"",i=e.params.get("pos")??"",n=e.params.get("known")??"",s=e.params.get("pub")??"",a=i?"position":n?"time":"all",[o,l]=Q(a);return X(()=>l(a),[a]),r("form",{class:"time-controls","aria-label":"Time controls",onSubmit:u=>{u.preventDefault();const d=new FormData(u.currentTarget),c=String(d.get("mode")),f=String(d.get("known")??""),p=String(d.get("pub")??"");L({valid:String(d.get("valid")??""),pub:p?new Date(p+"Z").toISOString():void 0,pos:c==="position"?String(d.get("pos")??""):void 0,known:c==="time"&&f?new Date(f+"Z").toISOString():void 0,after:void 0,before:void 0,root:void 0})},children:[r("label",{children:["Valid on ",r("input",{type:"date",name:"valid",defaultValue:t,"aria-describedby":"valid-help"},`v-${t}`)]}),r("span",{id:"valid-help",class:"help",children:t?"":`today (${Ds()})`}),r("label",{children:["Knowledge"," ",r("select",{name:"mode",value:o,onChange:u=>l(u.currentTarget.value),children:[r("option",{value:"all",children:"everything recorded"}),r("option",{value:"position",children:"as of ledger position"}),r("option",{value:"time",children:"as recorded by time (UTC)"})]})]}),o==="position"&&r("label",{children:["Position ",r("input",{type:"number",name:"pos",min:0,defaultValue:i,required:!0},`p-${i}`)]}),o==="time"&&r("label",{children:["Recorded by"," ",r("input",{type:"datetime-local",name:"known",step:1,defaultValue:n?n.slice(0,19):"",required:!0},`k-${n}`)]}),r("label",{children:["Published by"," ",r("input",{type:"datetime-local",name:"pub",step:1,defaultValue:s?s.slice(0,19):"","aria-describedby":"pub-help"},`b-${s}`)]}),r("span",{id:"pub-help",class:"help",children:s?"":"any publication date"}),r("button",{type:"submit",children:"Apply"}),(t||i||n||s)&&r("button",{type:"button",onClick:()=>L({valid:void 0,pos:void 0,known:void 0,pub:void 0,after:void 0,before:void 0,root:void 0}),children:"Reset to today, everything"})]})}function Ns(){const{basis:e}=Le(Wt),[t,i]=Q(null),[n,s]=Q("");return r("div",{class:"cite",children:[r("button",{type:"button",disabled:!e,onClick:async()=>{if(e){s("");try{const{treeHead:a}=await Oe(li,{size:e.position}),o=ft(),l=C(o.path,{...Object.fromEntries(o.params),valid:e.validAt,pos:String(e.position),known:void 0,pub:e.publishedBy??void 0,basis:void 0,root:a.rootHash}),u=location.origin+location.pathname+l;let d=!1;try{await navigator.clipboard.writeText(u),d=!0}catch{d=!1}i({url:u,copied:d})}catch(a){s(a.message)}}},children:"Cite this view"}),t&&r("div",{class:"cited",role:"status",children:r("label",{children:[t.copied?"Copied: ":"Copy this link: ",r("input",{class:"cite-url",readOnly:!0,value:t.url,size:60,onFocus:a=>a.currentTarget.select()})]})}),n&&r("p",{class:"error",role:"alert",children:["Could not cite: ",n]})]})}function Rs({route:e}){const t=e.params.get("root"),i=e.params.get("pos"),[n,s]=Q("checking"),[a,o]=Q("");return X(()=>{!t||!i||(s("checking"),Oe(li,{size:Number(i)}).then(({treeHead:l})=>{o(l.rootHash),s(l.rootHash.toLowerCase()===t.toLowerCase()?"match":"differs")}).catch(()=>s("error")))},[t,i]),!t||!i?null:r("p",{class:`cited-root ${n}`,role:"status",children:["Cited view: the ledger's first ",i," events had Merkle root ",r("code",{class:"hash",children:[t.slice(0,16),"…"]})," ",n==="checking"&&"(checking…)",n==="match"&&r("strong",{children:["✓ this server's tree head at ",i," is the same"]}),n==="differs"&&r("strong",{children:["✗ this server's tree head at ",i," differs: ",r("code",{class:"hash",children:[a.slice(0,16),"…"]})]}),n==="error"&&r("strong",{children:["the server could not give a tree head at ",i]})]})}function Ps({route:e,head:t}){const i=Jt(e);if(!i||e.params.has("pos")||e.params.has("known"))return null;const n=new URLSearchParams(e.params);return n.delete("basis"),r("p",{class:"notice linked-basis",role:"status",children:["This link shows the answer at ledger position ",r("strong",{children:i.position}),", valid date ",r("strong",{children:i.validAt}),", as when the link was made",t!==null&&t>i.position?`; the ledger has recorded up to position ${t} since`:"","."," ",r("a",{href:"#/"+e.path.map(encodeURIComponent).join("/")+(n.toString()?"?"+n.toString():""),children:"Show the latest"})]})}function le({basis:e,label:t="Answer"}){return e?r("p",{class:"basis",children:[t," as of valid date ",r("strong",{children:e.validAt}),", ledger position ",r("strong",{children:e.position}),e.publishedBy&&r(S,{children:[", published by ",r("strong",{children:e.publishedBy})]})]}):null}function G({value:e}){return e?r("span",{class:`status status-${e.toLowerCase()}`,children:e.replace(/_/g," ").toLowerCase()}):null}function Te({sources:e}){return e.length?r("ul",{class:"sources",children:e.map((t,i)=>r("li",{children:[t.url?r("a",{href:t.url,rel:"noopener noreferrer",target:"_blank",children:t.title}):t.title,t.citation&&r(S,{children:[" · ",r("cite",{children:t.citation})]})," · ",t.publisher,t.publishedOn&&r(S,{children:[" · ",t.publishedOn]}),t.official?" · official":" · unofficial",t.sourceId&&r(S,{children:[" · ",r("a",{href:C(["record","SOURCE",t.sourceId]),children:["source record ",t.sourceId]})]})]},i))}):r("p",{class:"muted",children:"No sources."})}function T({error:e}){if(!e)return null;const t=e,i=t.graphQLErrors?.length?t.graphQLErrors.map(n=>`${n.message}${n.extensions?.code?` (${n.extensions.code})`:""}`):[t.networkError?`the server could not be reached: ${t.networkError.message}`:e.message];return r("div",{class:"error",role:"alert",children:i.map((n,s)=>r("p",{children:n},s))})}function q(){return r("p",{class:"loading",role:"status",children:"Loading…"})}function Bs({info:e,total:t,shown:i,route:n}){const s=!n.params.get("after")&&!n.params.get("before");return r("nav",{class:"pager","aria-label":"Pages",children:[r("span",{children:[i," shown of ",t]}),r("button",{type:"button",disabled:s,onClick:()=>L({after:void 0,before:void 0}),children:"First page"}),r("button",{type:"button",disabled:s||!e.hasPreviousPage||!e.startCursor,onClick:()=>L({before:e.startCursor??void 0,after:void 0}),children:"Previous page"}),r("button",{type:"button",disabled:!e.hasNextPage||!e.endCursor,onClick:()=>L({after:e.endCursor??void 0,before:void 0}),children:"Next page"})]})}function qe(e,t=25){const i=e.params.get("after"),n=e.params.get("before");return n?{last:t,before:n,asOf:Y(e)}:{first:t,after:i??void 0,asOf:Y(e)}}function P({title:e,children:t,id:i}){return r("section",{"aria-labelledby":i??kn(e),children:[r("h2",{id:i??kn(e),children:e}),t]})}function kn(e){return"h-"+e.toLowerCase().replace(/[^a-z0-9]+/g,"-")}const Ls=new Set(["MEASURE","DESIGNATION","TRANSACTION","DIALOGUE","ENFORCEMENT","SOURCE"]);function N({kind:e,id:t,children:i}){return Ls.has(e)?r("a",{href:C(["record",e,t]),children:i??t}):r("span",{children:i??`${e.toLowerCase()} ${t}`})}function Pe({party:e}){return r("a",{href:C(["timeline"],{subject:`party:${e.id}`}),children:e.name})}function Yt(e,t=", "){return e.flatMap((i,n)=>n?[t,i]:[i])}const Ts=["NOT_YET_ANNOUNCED","ANNOUNCED","IN_FORCE","PARTLY_SUSPENDED","SUSPENDED","REVOKED","EXPIRED"],qs=["EXPORT_CONTROL","EXPORT_BAN","ENTITY_LISTING","END_USE_CONTROL","FOREIGN_DIRECT_PRODUCT_RULE","IMPORT_BAN","PROCUREMENT_RESTRICTION","INVESTMENT_RESTRICTION"],js=["NOT_YET_DESIGNATED","DESIGNATED","DELISTED"],ot=e=>e.replace(/_/g," ").toLowerCase();function ci({route:e,children:t,label:i}){return r("form",{class:"filters","aria-label":i,onSubmit:n=>{n.preventDefault();const s=new FormData(n.currentTarget),a={after:void 0,before:void 0},o={};for(const[l,u]of s.entries())l.endsWith("[]")?(o[l.slice(0,-2)]??=[]).push(String(u)):a[l]=String(u).trim()||void 0;for(const l of n.currentTarget.querySelectorAll("fieldset[data-multi]")){const u=l.dataset.multi;a[u]=o[u]?.join(",")||void 0}L(a)},children:[t,r("button",{type:"submit",children:"Filter"})]},e.params.toString())}function ee({route:e,name:t,label:i,placeholder:n}){return r("label",{children:[i," ",r("input",{name:t,defaultValue:e.params.get(t)??"",placeholder:n})]})}function ui({route:e,name:t,legend:i,values:n}){const s=new Set((e.params.get(t)??"").split(",").filter(Boolean));return r("fieldset",{"data-multi":t,children:[r("legend",{children:i}),n.map(a=>r("label",{class:"check",children:[r("input",{type:"checkbox",name:`${t}[]`,value:a,defaultChecked:s.has(a)})," ",ot(a)]},a))]})}function fi(e,t){const i=e.params.get(t);return i?i.split(",").filter(Boolean):void 0}function je({route:e,title:t,filters:i,query:[n,s],pick:a,columns:o,empty:l}){Se(e,()=>s({requestPolicy:"network-only"}));const u=n.data?a(n.data):void 0;return ie(u?.basis),r(S,{children:[r("h1",{children:t}),i,r(T,{error:n.error}),n.fetching&&!u&&r(q,{}),u&&r(S,{children:[r(le,{basis:u.basis}),r("table",{children:[r("caption",{class:"sr-only",children:t}),r("thead",{children:r("tr",{children:o.map(([d])=>r("th",{scope:"col",children:d},d))})}),r("tbody",{children:u.nodes.map(d=>r("tr",{children:o.map(([c,f])=>r("td",{children:f(d)},c))},d.recordId))})]}),u.nodes.length===0&&r("p",{children:l}),r(Bs,{info:u.pageInfo,total:u.totalCount,shown:u.nodes.length,route:e})]})]})}function Ms({route:e}){const t=n=>e.params.get(n)||void 0,i={jurisdiction:t("jurisdiction"),implementingJurisdiction:t("implementing"),affectedJurisdiction:t("affected"),authorityId:t("authority"),measureType:t("type"),item:t("item"),text:t("text"),status:fi(e,"status")};return r(je,{route:e,title:"Measures",query:H(ds,{...qe(e),filter:i}),pick:n=>n.measures,empty:"No measure matches at this point.",filters:r(ci,{route:e,label:"Filter measures",children:[r(ee,{route:e,name:"text",label:"Text",placeholder:"title, summary, instrument"}),r(ee,{route:e,name:"item",label:"Item",placeholder:"gallium, 3A090"}),r(ee,{route:e,name:"jurisdiction",label:"Jurisdiction",placeholder:"CN"}),r(ee,{route:e,name:"implementing",label:"Implementing",placeholder:"US"}),r(ee,{route:e,name:"affected",label:"Affected",placeholder:"CN"}),r(ee,{route:e,name:"authority",label:"Authority ID",placeholder:"US-BIS"}),r("label",{children:["Type"," ",r("select",{name:"type",defaultValue:e.params.get("type")??"",children:[r("option",{value:"",children:"any"}),qs.map(n=>r("option",{value:n,children:ot(n)},n))]})]}),r(ui,{route:e,name:"status",legend:"Status at the valid date",values:Ts})]}),columns:[["Measure",n=>r(S,{children:[r(N,{kind:"MEASURE",id:n.recordId,children:n.title}),r("div",{class:"muted",children:n.recordId})]})],["Status",n=>r(G,{value:n.status})],["Type",n=>ot(n.measureType)],["By",n=>r(S,{children:[n.implementingJurisdiction," · ",n.authority.name]})],["Affects",n=>n.affected.map(s=>s.jurisdiction).join(", ")],["Announced",n=>n.announcedOn]]})}function Vs({route:e}){const t=n=>e.params.get(n)||void 0,i={name:t("name"),program:t("program"),partyId:t("party"),list:t("list"),status:fi(e,"status")};return r(je,{route:e,title:"Designations",query:H(ls,{...qe(e),filter:i}),pick:n=>n.designations,empty:"No designation matches at this point.",filters:r(ci,{route:e,label:"Filter designations",children:[r(ee,{route:e,name:"name",label:"Name or alias",placeholder:"part of a name"}),r(ee,{route:e,name:"list",label:"List",placeholder:"us-ofac-sdn"}),r(ee,{route:e,name:"program",label:"Program",placeholder:"RUSSIA-EO14024"}),r(ee,{route:e,name:"party",label:"Party ID"}),r(ui,{route:e,name:"status",legend:"Status at the valid date",values:js})]}),columns:[["Party",n=>r(S,{children:[r(N,{kind:"DESIGNATION",id:n.recordId,children:n.party.name}),r("div",{class:"muted",children:[n.recordId,n.party.schema&&` · ${n.party.schema}`,n.party.jurisdiction&&` · ${n.party.jurisdiction}`]})]})],["List",n=>r(S,{children:[n.list,n.listEntryId&&r("div",{class:"muted",children:["entry ",n.listEntryId]})]})],["Programs",n=>n.programs.join(", ")],["Status",n=>r(G,{value:n.status})],["From",n=>n.effectiveNotBefore?`${n.effectiveNotBefore} to ${n.effectiveOn}`:n.effectiveOn],["Delisted",n=>n.delistedOn??""]]})}function Us({route:e}){return r(je,{route:e,title:"Transactions",query:H(cs,qe(e)),pick:t=>t.transactions,empty:"No transaction at this point.",columns:[["Transaction",t=>r(N,{kind:"TRANSACTION",id:t.recordId,children:t.title})],["Status",t=>r(G,{value:t.status})],["Acquirers",t=>t.acquirers.map(i=>i.name).join(", ")],["Target",t=>t.target.name],["Announced",t=>t.announcedOn]]})}function Hs({route:e}){return r(je,{route:e,title:"Dialogues",query:H(us,qe(e)),pick:t=>t.dialogues,empty:"No dialogue at this point.",columns:[["Dialogue",t=>r(N,{kind:"DIALOGUE",id:t.recordId,children:t.name})],["Parties",t=>t.parties.map(i=>i.name).join(", ")],["Level",t=>t.level],["Established",t=>t.establishedOn],["Meetings",t=>t.meetings.length]]})}function Gs({route:e}){return r(je,{route:e,title:"Enforcement actions",query:H(fs,qe(e)),pick:t=>t.enforcementActions,empty:"No enforcement action at this point.",columns:[["Action",t=>r(S,{children:[r(N,{kind:"ENFORCEMENT",id:t.recordId,children:t.recordId}),r("div",{class:"muted",children:t.summary})]})],["Kind",t=>ot(t.actionKind)],["Authority",t=>t.authority.name],["Opened",t=>t.openedOn],["Closed",t=>t.closed?"yes":"no"]]})}function Sn(e,t){const i=e.params.get(`${t}Valid`)||void 0,n=e.params.get(`${t}Pos`);return{validAt:i,position:n&&/^\d+$/.test(n)?Number(n):void 0}}function zs({route:e}){const t=Sn(e,"from"),i=Sn(e,"to"),n=e.params.has("fromValid")||e.params.has("fromPos")||e.params.has("toValid")||e.params.has("toPos"),[s]=H(Ss,{from:t,to:i},!n),a=s.data?.diff;ie(a?.toBasis);const o=(l,u,d)=>r("label",{children:[u," ",r("input",{name:l,type:d,min:d==="number"?0:void 0,defaultValue:e.params.get(l)??""})]});return r(S,{children:[r("h1",{children:"What changed between two points"}),r("form",{class:"filters","aria-label":"Points to compare",onSubmit:l=>{l.preventDefault();const u=new FormData(l.currentTarget),d=c=>String(u.get(c)??"").trim()||void 0;L({fromValid:d("fromValid"),fromPos:d("fromPos"),toValid:d("toValid"),toPos:d("toPos")})},children:[r("fieldset",{children:[r("legend",{children:"From"}),o("fromValid","Valid on","date"),o("fromPos","Ledger position (empty: everything)","number")]}),r("fieldset",{children:[r("legend",{children:"To"}),o("toValid","Valid on","date"),o("toPos","Ledger position (empty: everything)","number")]}),r("button",{type:"submit",children:"Compare"})]},e.params.toString()),!n&&r("p",{children:"Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything)."}),r(T,{error:s.error}),n&&s.fetching&&!a&&r(q,{}),a&&r(S,{children:[r("p",{class:"basis",children:["From valid date ",r("strong",{children:a.fromBasis.validAt})," at position ",r("strong",{children:a.fromBasis.position})," to valid date"," ",r("strong",{children:a.toBasis.validAt})," at position ",r("strong",{children:a.toBasis.position}),": ",a.changes.length," record",a.changes.length===1?"":"s"," changed."]}),r("table",{children:[r("caption",{class:"sr-only",children:"Changes"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Record"}),r("th",{scope:"col",children:"What changed"}),r("th",{scope:"col",children:"Before"}),r("th",{scope:"col",children:"After"})]})}),r("tbody",{children:a.changes.map(l=>r("tr",{children:[r("td",{children:[r("span",{class:"kind",children:l.record.ref.kind.toLowerCase()})," ",r(N,{kind:l.record.ref.kind,id:l.record.ref.id,children:l.record.label||l.record.ref.id})]}),r("td",{children:l.what.map(u=>u.replace(/_/g," ")).join(", ")}),r("td",{children:r(G,{value:l.statusBefore})}),r("td",{children:r(G,{value:l.statusAfter})})]},`${l.record.ref.kind}/${l.record.ref.id}`))})]})]})]})}const xt=e=>e.replace(/_/g," ").toLowerCase(),Qs={US:"#1f4e99",CN:"#b3261e",JP:"#6b4fa0",NL:"#c25e00",GB:"#2e7d32"};function hi({nodes:e,edges:t,label:i}){const n=zt(null),s=JSON.stringify([e.map(a=>a.key),t.map(a=>a.id)]);return X(()=>{let a=null,o=!1;return vi(async()=>{const{default:l}=await import("./cytoscape.esm-BUoJuSId.js");return{default:l}},[]).then(({default:l})=>{if(o||!n.current)return;const u=l({container:n.current,elements:[...e.map(d=>({data:{id:d.key,label:`${d.id}${d.date?`
${d.date}`:""}`,kind:d.kind,rid:d.id,color:Qs[d.jurisdiction]??"#455a64"},classes:d.root?"root":""})),...t.map(d=>({data:{id:`e-${d.id}`,source:d.from,target:d.to,label:xt(d.relation)}}))],style:[{selector:"node",style:{"background-color":"data(color)",label:"data(label)",color:"#111","font-size":11,"text-wrap":"wrap","text-valign":"bottom","text-margin-y":4,width:26,height:26}},{selector:"node.root",style:{"border-width":4,"border-color":"#111",width:34,height:34}},{selector:"edge",style:{width:2,"line-color":"#888","target-arrow-color":"#888","target-arrow-shape":"triangle","curve-style":"bezier",label:"data(label)","font-size":9,color:"#333","text-rotation":"autorotate","text-background-color":"#fff","text-background-opacity":1}}],layout:{name:"breadthfirst",directed:!0,spacingFactor:1.3,padding:20}});u.on("tap","node",d=>oi(C(["record",d.target.data("kind"),d.target.data("rid")]))),u.on("mouseover","node",()=>n.current&&(n.current.style.cursor="pointer")),u.on("mouseout","node",()=>n.current&&(n.current.style.cursor="")),a=u,Object.assign(n.current,{cy:u})}),()=>{o=!0,a?.destroy()}},[s]),r("div",{class:"graph",ref:n,role:"img","aria-label":i,"data-nodes":e.length,"data-edges":t.length})}function Js({edges:e,nodes:t}){const i=new Map(t.map(n=>[n.key,n]));return r("ul",{class:"edges",children:e.map(n=>{const s=i.get(n.from),a=i.get(n.to);return r("li",{children:[r(N,{kind:s?.kind??"",id:s?.id??n.from})," ",xt(n.relation)," ",r(N,{kind:a?.kind??"",id:a?.id??n.to})," ",r("span",{class:"muted",children:["(asserted by ",xt(n.assertedBy),")"]})]},n.id)})})}function Ks({route:e}){const t=e.params.get("root")??"MEASURE:US-2022-ACS",[i,...n]=t.split(":"),s=n.join(":"),a=Math.min(10,Math.max(0,Number(e.params.get("depth")??2)||0)),[o,l]=H(Is,{record:{kind:i,id:s},depth:a,asOf:Y(e)},!s);Se(e,()=>l({requestPolicy:"network-only"}));const u=o.data?.retaliationGraph;ie(u?.basis);const d=u?.nodes.map(f=>({key:`${f.record.ref.kind}:${f.record.ref.id}`,kind:f.record.ref.kind,id:f.record.ref.id,label:f.record.label,status:f.record.status,jurisdiction:f.record.jurisdiction,date:f.record.date,root:f.depth===0}))??[],c=u?.edges.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy}))??[];return r(S,{children:[r("h1",{children:"Retaliation graph"}),r("form",{class:"filters","aria-label":"Graph root",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget);L({root:`${p.get("kind")}:${String(p.get("id")??"").trim()}`,depth:String(p.get("depth"))})},children:[r("label",{children:["Kind"," ",r("select",{name:"kind",defaultValue:i,children:["MEASURE","DESIGNATION","TRANSACTION","ENFORCEMENT","DIALOGUE"].map(f=>r("option",{value:f,children:f.toLowerCase()},f))})]}),r("label",{children:["Record ID ",r("input",{name:"id",defaultValue:s,required:!0})]}),r("label",{children:["Depth ",r("input",{name:"depth",type:"number",min:0,max:10,defaultValue:String(a)})]}),r("button",{type:"submit",children:"Draw"})]},e.params.toString()),r("p",{children:r("a",{href:C(["escalation"],{a:"US",b:"CN"}),children:"Escalation chain between two jurisdictions"})}),r(T,{error:o.error}),o.fetching&&!u&&r(q,{}),u&&r(S,{children:[r(le,{basis:u.basis}),r("p",{children:[d.length," records and ",c.length," links within ",a," links of ",r(N,{kind:i,id:s}),u.truncated&&" (cut at the size limit)",". Drag to pan, scroll to zoom, click a record to open it."]}),r(hi,{nodes:d,edges:c,label:`Retaliation graph around ${s}: ${d.length} records, ${c.length} links`}),r("h2",{children:"Records"}),r("ul",{children:d.map(f=>r("li",{children:[r(N,{kind:f.kind,id:f.id,children:f.label||f.id})," ",r("span",{class:"muted",children:[f.id," · ",f.jurisdiction," ",f.date]})," ",r(G,{value:f.status})]},f.key))}),r("h2",{children:"Links"}),r(Js,{edges:c,nodes:d})]})]})}function Ws({route:e}){const t=(e.params.get("a")??"US").toUpperCase(),i=(e.params.get("b")??"CN").toUpperCase(),n=e.params.get("from")||void 0,s=e.params.get("to")||void 0,[a,o]=H(ws,{a:t,b:i,from:n,to:s,asOf:Y(e)});Se(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.escalationChain;ie(l?.basis);const u=l?.steps.map(f=>({key:`${f.measure.ref.kind}:${f.measure.ref.id}`,kind:f.measure.ref.kind,id:f.measure.ref.id,label:f.measure.label,status:f.measure.status,jurisdiction:f.by,date:f.measure.date}))??[],d=new Set(u.map(f=>f.key)),c=l?.links.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy})).filter(f=>d.has(f.from)&&d.has(f.to))??[];return r(S,{children:[r("h1",{children:["Escalation chain: ",t," and ",i]}),r("form",{class:"filters","aria-label":"Jurisdictions and dates",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget),h=y=>String(p.get(y)??"").trim()||void 0;L({a:h("a"),b:h("b"),from:h("from"),to:h("to")})},children:[r("label",{children:["Between ",r("input",{name:"a",defaultValue:t,size:3,maxLength:2})]}),r("label",{children:["and ",r("input",{name:"b",defaultValue:i,size:3,maxLength:2})]}),r("label",{children:["Announced from ",r("input",{name:"from",type:"date",defaultValue:n??""})]}),r("label",{children:["to ",r("input",{name:"to",type:"date",defaultValue:s??""})]}),r("button",{type:"submit",children:"Draw"})]},e.params.toString()),r(T,{error:a.error}),a.fetching&&!l&&r(q,{}),l&&r(S,{children:[r(le,{basis:l.basis}),r("p",{children:[u.length," measures, ",c.length," links between them."]}),r(hi,{nodes:u,edges:c,label:`Escalation chain between ${t} and ${i}: ${u.length} measures, ${c.length} links`}),r("ol",{children:l.steps.map(f=>r("li",{children:[r("strong",{children:f.measure.date})," ",f.by," against ",f.against,":"," ",r(N,{kind:f.measure.ref.kind,id:f.measure.ref.id,children:f.measure.label})," ",r(G,{value:f.measure.status}),f.answers.length>0&&r("span",{class:"muted",children:[" · answers ",f.answers.map(p=>p.toRef.id).join(", ")]})]},f.measure.ref.id))})]})]})}function Ys(){const{events:e,head:t,connected:i}=Le(Kt);return r(S,{children:[r("h1",{children:"Live"}),r("p",{children:[i?"Connected: ":"Connecting… ","new events appear here as the ledger records them, without reloading. Ledger head:"," ",r("strong",{class:"head",children:t??"…"}),"."]}),e.length===0?r("p",{class:"muted",children:"No event recorded since this page was opened."}):r("ol",{class:"live-events",reversed:!0,"aria-live":"polite",children:[...e].reverse().map(n=>r("li",{children:[r("span",{class:"muted",children:n.position})," ",r("strong",{children:n.type})," ",r(N,{kind:n.subject.kind,id:n.subject.id})," ",r("span",{class:"muted",children:["recorded ",n.recordedAt.slice(0,19).replace("T"," ")," by ",n.actor]})]},n.position))})]})}function Nt(e){if(e.length%2!==0||/[^0-9a-fA-F]/.test(e))throw new Error(`not hexadecimal: ${e.slice(0,16)}…`);const t=new Uint8Array(e.length/2);for(let i=0;i<t.length;i++)t[i]=parseInt(e.slice(2*i,2*i+2),16);return t}function mi(e){return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}async function Rt(...e){const t=e.reduce((s,a)=>s+a.length,0),i=new Uint8Array(t);let n=0;for(const s of e)i.set(s,n),n+=s.length;return new Uint8Array(await crypto.subtle.digest("SHA-256",i))}async function Xs(e){return mi(await Rt(Uint8Array.of(0),Nt(e)))}async function Zs(e,t,i,n){if(e<0||e>=t)throw new Error(`leaf index ${e} is outside a tree of ${t}`);let s=e,a=t-1,o=Nt(i);for(const l of n){const u=Nt(l);if(a===0)throw new Error("the audit path is longer than the tree is deep");if(s%2===1||s===a){if(o=await Rt(Uint8Array.of(1),u,o),s%2===0)for(;s%2===0&&s!==0;)s=Math.floor(s/2),a=Math.floor(a/2)}else o=await Rt(Uint8Array.of(1),o,u);s=Math.floor(s/2),a=Math.floor(a/2)}if(a!==0)throw new Error("the audit path is shorter than the tree is deep");return mi(o)}async function ea(e,t,i){const n=await Xs(e),s=n===t.leafHash.toLowerCase();try{const a=await Zs(t.leafIndex,t.treeSize,n,t.path),o=a===i.toLowerCase();return{ok:s&&o,leafMatches:s,computedRoot:a,rootMatches:o}}catch(a){return{ok:!1,leafMatches:s,computedRoot:"",rootMatches:!1,problem:a.message}}}const z=e=>e.replace(/_/g," ").toLowerCase();function ta({route:e}){const[,t="",i=""]=e.path;switch(t){case"MEASURE":return r(na,{route:e,id:i});case"DESIGNATION":return r(ia,{route:e,id:i});case"TRANSACTION":return r(ra,{route:e,id:i});case"DIALOGUE":return r(sa,{route:e,id:i});case"ENFORCEMENT":return r(aa,{route:e,id:i});case"SOURCE":return r(oa,{route:e,id:i});default:return r(S,{children:[r("h1",{children:"Unknown kind of record"}),r("p",{class:"error",role:"alert",children:["“",t,"” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE."]})]})}}function Ie({kind:e,id:t,basisText:i}){return r(S,{children:[r("h1",{children:[z(e)," ",t]}),r("p",{role:"alert",class:"notice",children:["The ledger did not know a ",z(e)," “",t,"” ",i,"."]})]})}function we(e){const t=Y(e);return t?.position!==void 0?`at ledger position ${t.position}`:t?.knownAt?`by ${t.knownAt}`:"as of now"}function Ae({route:e,kind:t,record:i,title:n,status:s,dates:a=[],children:o}){return ie(i.basis),r("article",{children:[r("p",{class:"kind",children:[z(t)," · ",i.recordId]}),r("h1",{children:n}),r("p",{children:[r(G,{value:s})," ",i.retraction&&r("span",{class:"status status-retracted",children:"retracted"})]}),r(le,{basis:i.basis,label:"Shown"}),r("p",{class:"muted",children:["Version ",i.version,", known since ledger position ",i.knownSince," ·"," ",r("a",{href:C(["timeline"],{subject:`record:${t}:${i.recordId}`}),children:"timeline"})," ·"," ",r("a",{href:C(["graph"],{root:`${t}:${i.recordId}`}),children:"retaliation graph"})]}),i.retraction&&r("p",{class:"notice",role:"note",children:["Retracted as entered in error: ",i.retraction.reason]}),o,t!=="SOURCE"&&t!=="DIALOGUE"&&r(da,{route:e,kind:t,id:i.recordId,dates:a}),r(la,{record:i}),r(ca,{record:i}),r(ua,{route:e,kind:t,record:i})]})}function Fe({rows:e}){return r("dl",{class:"facts",children:e.filter(([,t])=>t!=null&&t!==""&&!(Array.isArray(t)&&t.length===0)).map(([t,i])=>r("div",{children:[r("dt",{children:t}),r("dd",{children:i})]},t))})}function Ce(e,t,i){const[n,s]=H(e,{id:i,asOf:Y(t)});return Se(t,()=>s({requestPolicy:"network-only"})),n}function na({route:e,id:t}){const i=Ce(ms,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"MEASURE",record:n,title:n.title,status:n.status,dates:[n.announcedOn,...n.provisions.flatMap(s=>[s.effectiveOn,s.endsOn]),...n.dates.map(s=>s.date),...n.amendments.flatMap(s=>[s.effectiveOn,...s.addProvisions.map(a=>a.effectiveOn)]),...n.suspensions.flatMap(s=>[s.from,s.until,s.end?.endedOn]),n.revocation?.effectiveOn,n.expiry?.expiredOn],children:[n.summary&&r("p",{class:"summary",children:n.summary}),r(Fe,{rows:[["Type",z(n.measureType)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Implementing jurisdiction",n.implementingJurisdiction],["Affected",n.countryNeutral?"country-neutral text":n.affected.map(s=>`${s.jurisdiction} (${z(s.how)})`).join(", ")],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`],["Legal basis",n.instrument.legalBasis.join("; ")],["Announced",n.announcedOn]]}),r(P,{title:"Provisions",children:r("table",{children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Provision"}),r("th",{scope:"col",children:"Effective"}),r("th",{scope:"col",children:"Ends"}),r("th",{scope:"col",children:["Status at ",n.basis.validAt]})]})}),r("tbody",{children:n.provisions.map(s=>r("tr",{children:[r("td",{children:[s.title," ",r("span",{class:"muted",children:["(",s.id,")"]})]}),r("td",{children:s.effectiveOn??"not set"}),r("td",{children:s.endsOn??""}),r("td",{children:[r(G,{value:s.status}),s.suspension&&r("span",{class:"muted",children:[" ","suspended ",s.suspension.from,s.suspension.until?` until ${s.suspension.until}`:""]})]})]},s.id))})]})}),r(P,{title:"Dates",children:r("ul",{children:n.dates.map((s,a)=>r("li",{children:[z(s.kind),": ",s.date,s.precision&&s.precision!=="day"&&` (${s.precision})`,s.note&&r("span",{class:"muted",children:[" · ",s.note]})]},a))})}),n.items.length>0&&r(P,{title:"Items",children:r("ul",{children:n.items.map((s,a)=>r("li",{children:[s.scheme," ",s.code," ",s.description]},a))})}),r(P,{title:"Amendments",children:n.amendments.length===0?r("p",{class:"muted",children:"None recorded."}):r("ul",{children:n.amendments.map(s=>r("li",{children:[r("strong",{children:s.effectiveOn})," ",s.summary," ",r("span",{class:"muted",children:["(",s.instrument.title,")"]}),s.addProvisions.length>0&&r(S,{children:[" · adds ",s.addProvisions.map(a=>`${a.title} from ${a.effectiveOn??"a date not set"}`).join(", ")]}),s.endProvisions.length>0&&r(S,{children:[" · ends ",s.endProvisions.join(", ")]})]},s.id))})}),(n.suspensions.length>0||n.revocation||n.expiry)&&r(P,{title:"Suspensions and end",children:r("ul",{children:[n.suspensions.map(s=>r("li",{children:["Suspended ",s.provisionIds.length?s.provisionIds.join(", "):"whole measure"," from ",s.from,s.until?` until ${s.until}`:"",s.reason&&`: ${s.reason}`,s.end&&` · ended ${s.end.endedOn} (${z(s.end.how)})`]},s.id)),n.revocation&&r("li",{children:["Revoked from ",n.revocation.effectiveOn,n.revocation.reason&&`: ${n.revocation.reason}`]}),n.expiry&&r("li",{children:["Expired ",n.expiry.expiredOn,n.expiry.reason&&`: ${n.expiry.reason}`]})]})}),r(P,{title:"Sources",children:r(Te,{sources:n.sources})})]}):r(Ie,{kind:"MEASURE",id:t,basisText:we(e)}):r(q,{})}function ia({route:e,id:t}){const i=Ce(ps,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"DESIGNATION",record:n,title:`${n.party.name} on ${n.list}`,status:n.status,dates:[n.effectiveNotBefore,n.effectiveOn,n.delistedOn,n.savingsClauseUntil,...n.amendments.map(s=>s.effectiveOn)],children:[r(Fe,{rows:[["Party",r(S,{children:[r(Pe,{party:n.party})," (",n.party.id,")"]})],["Party jurisdiction",n.party.jurisdiction],["FollowTheMoney schema",n.party.schema],["List",`${n.list}, kept by ${n.listAuthority.name}`],["List entry",n.listEntryId],["Programs",n.programs.join(", ")],["On the list from",n.effectiveNotBefore?`a day from ${n.effectiveNotBefore} to ${n.effectiveOn} (the list does not say which)`:n.effectiveOn],["Delisted",n.delistedOn],["Licence requirement",n.licenceRequirement],["Review policy",n.reviewPolicy],["Footnotes",n.footnotes.join("; ")],["Savings clause until",n.savingsClauseUntil],["Measure",n.measureId?r(N,{kind:"MEASURE",id:n.measureId}):null],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`],["Remarks",n.remarks]]}),n.party.properties.length>0&&r(P,{title:"What the list publishes of the party",children:r("dl",{class:"facts",children:n.party.properties.map(s=>r("div",{children:[r("dt",{children:s.name}),r("dd",{children:s.values.join("; ")})]},s.name))})}),r(P,{title:"Amendments",children:n.amendments.length===0?r("p",{class:"muted",children:"None recorded."}):r("ul",{children:n.amendments.map(s=>r("li",{children:[r("strong",{children:s.effectiveNotBefore?`${s.effectiveNotBefore} to ${s.effectiveOn}`:s.effectiveOn})," ",s.summary,!s.inEffect&&r("span",{class:"muted",children:[" (not in effect at ",n.basis.validAt,")"]}),s.changes.length>0&&r("ul",{children:s.changes.map((a,o)=>r("li",{children:[a.field,": ",r("del",{children:a.old.join("; ")||"—"})," → ",r("ins",{children:a.new.join("; ")||"—"})]},o))})]},s.amendmentId))})}),r(P,{title:"Sources",children:r(Te,{sources:n.sources})})]}):r(Ie,{kind:"DESIGNATION",id:t,basisText:we(e)}):r(q,{})}function ra({route:e,id:t}){const i=Ce(gs,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"TRANSACTION",record:n,title:n.title,status:n.status,dates:[n.announcedOn,n.outsideDate,n.termination?.terminatedOn,n.completion?.completedOn,...n.reviews.flatMap(s=>[s.openedOn,s.concludedOn])],children:[r(Fe,{rows:[["Acquirers",Yt(n.acquirers.map(s=>r(Pe,{party:s},s.id)))],["Target",r(Pe,{party:n.target})],["Value",n.value?`${n.value.amount.toLocaleString("en")} ${n.value.currency}`:null],["Announced",n.announcedOn],["Outside date",n.outsideDate],["Terminated",n.termination?`${n.termination.terminatedOn}: ${n.termination.reason}`:null],["Completed",n.completion?.completedOn]]}),r(P,{title:"Reviews",children:n.reviews.length===0?r("p",{class:"muted",children:["No review by ",n.basis.validAt,"."]}):r("ul",{children:n.reviews.map(s=>r("li",{children:[r("strong",{children:s.authority.name})," under ",s.regime,s.openedOn&&`, opened ${s.openedOn}`,s.trigger&&` (${z(s.trigger)})`,": ",s.outcome?r(G,{value:s.outcome}):"open",s.concludedOn&&` on ${s.concludedOn}`,s.summary&&r("div",{class:"muted",children:s.summary}),s.conditions.length>0&&r("div",{children:["Conditions: ",s.conditions.join("; ")]})]},s.id))})}),r(P,{title:"Sources",children:r(Te,{sources:n.sources})})]}):r(Ie,{kind:"TRANSACTION",id:t,basisText:we(e)}):r(q,{})}function sa({route:e,id:t}){const i=Ce(vs,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"DIALOGUE",record:n,title:n.name,children:[r(Fe,{rows:[["Parties",Yt(n.parties.map(s=>r(Pe,{party:s},s.id)))],["Level",n.level],["Cadence",n.cadence],["Purpose",n.purpose],["Established",n.establishedOn]]}),r(P,{title:"Meetings",children:n.meetings.length===0?r("p",{class:"muted",children:["No meeting by ",n.basis.validAt,"."]}):r("ol",{children:n.meetings.map(s=>r("li",{children:[r("strong",{children:s.heldOn})," ",s.title,", ",s.place,s.level&&` (${s.level})`,r("div",{class:"muted",children:s.participants.map(a=>`${a.name}${a.role?`, ${a.role}`:""}`).join("; ")}),s.outcomes.length>0&&r("ul",{children:s.outcomes.map((a,o)=>r("li",{children:a},o))})]},s.id))})}),r(P,{title:"Sources",children:r(Te,{sources:n.sources})})]}):r(Ie,{kind:"DIALOGUE",id:t,basisText:we(e)}):r(q,{})}function aa({route:e,id:t}){const i=Ce(ys,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"ENFORCEMENT",record:n,title:n.summary,status:n.closed?"CLOSED":"OPEN",dates:[n.openedOn,...n.findings.map(s=>s.issuedOn)],children:[r(Fe,{rows:[["Kind",z(n.actionKind)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Targets",Yt(n.targets.map(s=>r(Pe,{party:s},s.id)))],["Legal basis",n.legalBasis.join("; ")],["Opened",n.openedOn]]}),r(P,{title:"Findings",children:n.findings.length===0?r("p",{class:"muted",children:["No finding by ",n.basis.validAt,"."]}):r("ul",{children:n.findings.map(s=>r("li",{children:[r("strong",{children:s.issuedOn})," ",r(G,{value:s.outcome})," ",s.final&&"(final)"," ",s.summary]},s.id))})}),r(P,{title:"Sources",children:r(Te,{sources:n.sources})})]}):r(Ie,{kind:"ENFORCEMENT",id:t,basisText:we(e)}):r(q,{})}function oa({route:e,id:t}){const i=Ce(bs,e,t),n=i.data?.record;return i.error?r(T,{error:i.error}):i.data?n?r(Ae,{route:e,kind:"SOURCE",record:n,title:n.title,children:r(Fe,{rows:[["Publisher",n.publisher],["Citation",n.citation],["Address",n.url?r("a",{href:n.url,rel:"noopener noreferrer",target:"_blank",children:n.url}):null],["Official",n.official?"yes":"no"],["Language",n.language],["Published",n.publishedOn],["SHA-256 of the captured text",n.sha256?r("code",{class:"hash",children:n.sha256}):null]]})}):r(Ie,{kind:"SOURCE",id:t,basisText:we(e)}):r(q,{})}function da({route:e,kind:t,id:i,dates:n}){const s=Y(e),a=s?{position:s.position,knownAt:s.knownAt}:{},[o,l]=Q(null),[u,d]=Q(null),c=[...new Set(n.filter(p=>!!p))].sort(),f=`${t}/${i}/${a.position??""}/${a.knownAt??""}/${c.join(",")}`;return X(()=>{let p=!1;return l(null),(async()=>{const h=await Oe(_s,{kind:t,id:i,asOf:a}),y=new Set(c);for(const m of h.timeline.nodes)m.validFrom&&y.add(m.validFrom),m.validUntil&&y.add(m.validUntil);const O=[...y].sort().slice(-40),_=await Promise.all(O.map(async m=>{const b=await Oe($s,{id:i,asOf:{...a,validAt:m}}),v=t==="MEASURE"?b.measure?.status:t==="DESIGNATION"?b.designation?.status:t==="TRANSACTION"?b.transaction?.status:b.enforcementAction?b.enforcementAction.closed?"CLOSED":"OPEN":void 0;return{date:m,status:v??""}})),k=_.filter((m,b)=>b===0||m.status!==_[b-1].status);p||l(k)})().catch(h=>!p&&d(h)),()=>{p=!0}},[f]),r(P,{title:"Status over time",children:[r(T,{error:u}),!o&&!u&&r(q,{}),o&&r("ol",{class:"status-over-time",children:o.map(p=>r("li",{children:["from ",r("a",{href:C(["record",t,i],{valid:p.date}),children:p.date}),": ",r(G,{value:p.status||"NONE"})]},p.date))})]})}function la({record:e}){const t=i=>typeof i=="string"?i:JSON.stringify(i);return r(P,{title:"Corrections and source conflicts",children:[e.corrections.length===0&&e.sourceConflicts.length===0&&r("p",{class:"muted",children:"None known at this point."}),e.corrections.length>0&&r("ul",{children:e.corrections.map(i=>r("li",{children:[r("strong",{children:i.field}),": ",r("del",{children:t(i.oldValue)})," → ",r("ins",{children:t(i.newValue)}),". ",i.reason,i.evidence&&r("span",{class:"muted",children:[" Evidence: ",i.evidence]})]},i.id))}),e.sourceConflicts.length>0&&r("ul",{children:e.sourceConflicts.map(i=>r("li",{children:["Sources disagree on ",r("strong",{children:i.field}),":",r("ul",{children:i.claims.map((n,s)=>r("li",{children:[n.source.title,": “",n.value,"” ",s===i.followed&&r("strong",{children:"(followed)"})]},s))}),i.note&&r("span",{class:"muted",children:i.note})]},i.id))})]})}function ca({record:e}){return!e.outgoingLinks.length&&!e.incomingLinks.length?null:r(P,{title:"Links",children:r("ul",{children:[e.outgoingLinks.map(t=>r("li",{children:[z(t.relation)," ",r(N,{kind:t.toRef.kind,id:t.toRef.id})," ",r("span",{class:"muted",children:["asserted by ",z(t.assertedBy),": ",t.evidence]})]},t.id)),e.incomingLinks.map(t=>r("li",{children:[r(N,{kind:t.fromRef.kind,id:t.fromRef.id})," ",z(t.relation)," this"," ",r("span",{class:"muted",children:["asserted by ",z(t.assertedBy),": ",t.evidence]})]},t.id))]})})}function ua({route:e,kind:t,record:i}){const[n,s]=Q({}),[a,o]=Q(!1),l=i.basis,u=e.params.get("root"),d=async()=>{o(!0);try{const h=await Oe(Os,{kind:t,id:i.recordId,position:l.position,treeSize:l.position}),y=u&&Number(e.params.get("pos"))===l.position?u:h.treeHead.rootHash,O={};for(const _ of i.history){const k=h.auditTrail.entries.find(m=>m.event.position===_.position);k?k.event.hash!==_.hash?O[_.position]={error:"the proof is for another hash than the history shows"}:O[_.position]=await ea(_.hash,k.event.inclusionProof,y):O[_.position]={error:"the server gave no proof for this event"}}s(O)}catch(h){s({[-1]:{error:h.message}})}finally{o(!1)}},c=h=>h?"error"in h?`✗ ${h.error}`:h.ok?`✓ included: root ${h.computedRoot.slice(0,12)}…`:h.leafMatches?`✗ the path leads to ${h.computedRoot.slice(0,12)||"nothing"}…, not the trusted root${h.problem?` (${h.problem})`:""}`:"✗ the leaf hash does not match the event hash":"",f=Object.values(n),p=f.filter(h=>!("error"in h)&&h.ok).length;return r(P,{title:"History, event by event",children:[r("p",{children:[r("button",{type:"button",onClick:d,disabled:a,children:a?"Checking…":`Check inclusion proofs in the ledger of ${l.position} events`})," ",f.length>0&&r("span",{role:"status",class:p===i.history.length?"ok":"bad",children:[p," of ",i.history.length," events proven included (SHA-256 in this browser, RFC 6962)",u?" against the cited root":" against the tree head"]})]}),n[-1]&&r("p",{class:"error",children:c(n[-1])}),r("table",{class:"history",children:[r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Position"}),r("th",{scope:"col",children:"Event"}),r("th",{scope:"col",children:"Recorded"}),r("th",{scope:"col",children:"By"}),r("th",{scope:"col",children:"Inclusion"})]})}),r("tbody",{children:i.history.map(h=>r("tr",{children:[r("td",{children:h.position}),r("td",{children:r("details",{children:[r("summary",{children:[h.type," ",r("span",{class:"muted",children:["(",h.command,")"]})]}),r("p",{class:"muted",children:["Event ",h.eventId," · hash ",r("code",{class:"hash",children:h.hash})]}),r("pre",{children:fa(h.data)})]})}),r("td",{children:h.recordedAt.replace("T"," ").replace(/\.\d+/,"")}),r("td",{children:h.actor}),r("td",{class:"verdict",children:c(n[h.position])})]},h.position))})]})]})}function fa(e){try{return JSON.stringify(JSON.parse(e),null,2)}catch{return e}}function ha(e){const t=Math.floor(e/86400);if(t>=1)return`${t} day${t===1?"":"s"}`;const i=Math.floor(e/3600);return i>=1?`${i} hour${i===1?"":"s"}`:`${Math.max(0,Math.floor(e/60))} minutes`}const ma={ADD:"added",MOD:"amended",DEL:"delisted"};function In(e,t){const i=s=>e.params.get(t+s)||void 0,n=i("Pos");return{validAt:i("Valid"),position:n&&/^\d+$/.test(n)?Number(n):void 0,publishedBy:i("Pub")}}function pa({route:e}){const[t,i]=H(Fs,{asOf:Y(e)});Se(e,()=>i({requestPolicy:"network-only"}));const n=t.data?.lists,s=e.params.get("list")??"",a=!!s&&["fromValid","fromPos","fromPub","toValid","toPos","toPub"].some(d=>e.params.has(d)),[o]=H(Cs,{list:s,from:In(e,"from"),to:In(e,"to"),first:50,after:e.params.get("after")??void 0},!a),l=o.data?.listDelta;ie(l?.to??n?.[0]?.basis);const u=(d,c,f)=>r("label",{children:[c," ",r("input",{name:d,type:f,step:f==="datetime-local"?1:void 0,min:f==="number"?0:void 0,defaultValue:f==="datetime-local"?(e.params.get(d)??"").slice(0,19):e.params.get(d)??""})]});return r(S,{children:[r("h1",{children:"Official lists"}),r(T,{error:t.error}),t.fetching&&!n&&r(q,{}),n&&r(S,{children:[r(le,{basis:n[0]?.basis}),n.length===0?r("p",{children:"The ledger holds no snapshot of an official list at this point."}):r("table",{children:[r("caption",{class:"sr-only",children:"Lists and their freshness"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"List"}),r("th",{scope:"col",children:"Snapshots"}),r("th",{scope:"col",children:"Last published or observed"}),r("th",{scope:"col",children:"Age"}),r("th",{scope:"col",children:"Listed"}),r("th",{scope:"col",children:"Last snapshot"})]})}),r("tbody",{children:n.map(d=>r("tr",{children:[r("td",{children:r("a",{href:C(["lists"],{list:d.list}),children:d.list})}),r("td",{children:d.snapshots}),r("td",{children:d.publishedAt}),r("td",{children:ha(d.ageSeconds)}),r("td",{children:r("a",{href:C(["designations"],{list:d.list,status:"DESIGNATED"}),children:d.listed.toLocaleString("en")})}),r("td",{children:[r(N,{kind:"SOURCE",id:d.lastSnapshot.recordId,children:d.lastSnapshot.title}),r("div",{class:"hash",children:d.lastSnapshot.sha256})]})]},d.list))})]})]}),r("h2",{children:"What changed on a list between two points"}),r("form",{class:"filters","aria-label":"List and points to compare",onSubmit:d=>{d.preventDefault();const c=new FormData(d.currentTarget),f=h=>String(c.get(h)??"").trim()||void 0,p=h=>f(h)?new Date(f(h)+"Z").toISOString():void 0;L({list:f("list"),fromValid:f("fromValid"),fromPos:f("fromPos"),fromPub:p("fromPub"),toValid:f("toValid"),toPos:f("toPos"),toPub:p("toPub"),after:void 0})},children:[r("label",{children:["List ",r("input",{name:"list",defaultValue:s,list:"known-lists",required:!0,placeholder:"us-ofac-sdn"})]}),r("datalist",{id:"known-lists",children:n?.map(d=>r("option",{value:d.list},d.list))}),r("fieldset",{children:[r("legend",{children:"From"}),u("fromValid","Valid on","date"),u("fromPub","Published by","datetime-local"),u("fromPos","Ledger position","number")]}),r("fieldset",{children:[r("legend",{children:"To"}),u("toValid","Valid on","date"),u("toPub","Published by","datetime-local"),u("toPos","Ledger position","number")]}),r("button",{type:"submit",children:"Compare"})]},e.params.toString()),r("p",{class:"muted",children:"To compare two snapshots, give each side the time it was published by; empty fields mean today and everything recorded."}),r(T,{error:o.error}),a&&o.fetching&&!l&&r(q,{}),l&&r(S,{children:[r("p",{class:"basis",children:[s,": from position ",r("strong",{children:l.from.position})," (valid ",l.from.validAt,l.from.publishedBy&&`, published by ${l.from.publishedBy}`,") to position ",r("strong",{children:l.to.position})," (valid ",l.to.validAt,l.to.publishedBy&&`, published by ${l.to.publishedBy}`,"): ",l.totalCount," change",l.totalCount===1?"":"s","."]}),r("table",{class:"delta",children:[r("caption",{class:"sr-only",children:"Changes of the list"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Change"}),r("th",{scope:"col",children:"Entry"}),r("th",{scope:"col",children:"Fields"})]})}),r("tbody",{children:l.nodes.map(d=>r("tr",{children:[r("td",{children:r("span",{class:`status status-${d.op==="ADD"?"designated":d.op==="DEL"?"delisted":"announced"}`,children:ma[d.op]})}),r("td",{children:[r(N,{kind:"DESIGNATION",id:d.designation.recordId,children:d.designation.party.name}),r("div",{class:"muted",children:[d.designation.recordId,d.designation.listEntryId&&` · entry ${d.designation.listEntryId}`]})]}),r("td",{children:d.changes.length>0&&r("ul",{children:d.changes.map((c,f)=>r("li",{children:[r("strong",{children:c.field}),": ",r("del",{children:c.old.join("; ")||"—"})," → ",r("ins",{children:c.new.join("; ")||"—"})]},f))})})]},`${d.op}/${d.designation.recordId}`))})]}),r("nav",{class:"pager","aria-label":"Pages",children:[r("span",{children:[l.nodes.length," shown of ",l.totalCount]}),e.params.get("after")&&r("button",{type:"button",onClick:()=>L({after:void 0}),children:"First page"}),r("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>L({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function wn(e){return e.map(t=>`${t.name} (${t.query} / ${t.record})`).join("; ")}function pi({route:e,name:t,full:i=!1}){const n=c=>i&&e.params.get(c)||void 0,s=c=>n(c)?.split(",").map(f=>f.trim()).filter(Boolean),a=e.params.get("threshold"),o=a&&!Number.isNaN(Number(a))?Number(a):void 0,l={name:t,schema:n("schema"),birthDate:n("birthDate"),country:n("country"),identifier:n("identifier"),lists:s("lists"),programs:s("programs")},[u]=H(Es,{query:l,asOf:Y(e),threshold:o,first:i?25:5},!t),d=u.data?.screen;return i&&ie(d?.basis),t?r(S,{children:[r(T,{error:u.error}),u.fetching&&!d&&r(q,{}),d&&r(S,{children:[i&&r(le,{basis:d.basis,label:"Screened"}),r("p",{children:d.candidates.length===0?`No designation scores ${d.threshold} or more for “${d.name}”.`:`${d.candidates.length} candidate${d.candidates.length===1?"":"s"} at or above ${d.threshold} for “${d.name}”.`}),d.candidates.length>0&&r("table",{class:"candidates",children:[r("caption",{class:"sr-only",children:"Screening candidates"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Score"}),r("th",{scope:"col",children:"Party and designation"}),r("th",{scope:"col",children:"Matched name"}),r("th",{scope:"col",children:"Status then"}),r("th",{scope:"col",children:"Features"})]})}),r("tbody",{children:d.candidates.map(c=>r("tr",{children:[r("td",{children:[r("strong",{children:c.score.toFixed(3)}),c.nameScore!==c.score&&r("div",{class:"muted",children:["name ",c.nameScore.toFixed(3)]})]}),r("td",{children:[r(N,{kind:"DESIGNATION",id:c.designation.recordId,children:c.designation.party.name}),r("div",{class:"muted",children:[c.designation.list,c.designation.programs.length>0&&` · ${c.designation.programs.join(", ")}`,c.designation.party.schema&&` · ${c.designation.party.schema}`]})]}),r("td",{children:[c.matchedName,r("div",{class:"muted",children:[c.nameKind,", ",c.how]})]}),r("td",{children:[r(G,{value:c.designation.status}),c.designation.delistedOn&&r("div",{class:"muted",children:["delisted ",c.designation.delistedOn]})]}),r("td",{children:[c.agreed.length>0&&r("div",{children:["agreed: ",wn(c.agreed)]}),c.conflicted.length>0&&r("div",{class:"bad",children:["conflicted: ",wn(c.conflicted)]})]})]},c.designation.recordId))})]})]})]}):null}function ga({route:e}){const t=(e.params.get("name")??"").trim(),i=(n,s,a="")=>r("label",{children:[s," ",r("input",{name:n,defaultValue:e.params.get(n)??"",placeholder:a})]});return r(S,{children:[r("h1",{children:"Screen a party"}),r("form",{class:"filters","aria-label":"Party to screen",onSubmit:n=>{n.preventDefault();const s=new FormData(n.currentTarget),a=o=>String(s.get(o)??"").trim()||void 0;L({name:a("name"),schema:a("schema"),birthDate:a("birthDate"),country:a("country"),identifier:a("identifier"),lists:a("lists"),programs:a("programs"),threshold:a("threshold")})},children:[i("name","Name","as you have it"),i("schema","Schema","Person, Organization, Vessel"),i("birthDate","Born or registered","YYYY, YYYY-MM or YYYY-MM-DD"),i("country","Country"),i("identifier","Identifier","passport, IMO number"),i("lists","Lists","us-ofac-sdn, un-sc-consolidated"),i("programs","Programs"),r("label",{children:["Threshold ",r("input",{name:"threshold",type:"number",min:0,max:1,step:.01,defaultValue:e.params.get("threshold")??"",placeholder:"0.8"})]}),r("button",{type:"submit",children:"Screen"})]},e.params.toString()),r("p",{class:"muted",children:"The answer is at the valid date, knowledge point and publication limit above: “would this name have matched then, against the lists as published by then?”. Every candidate's score is shown; lower the threshold for recall, raise it for precision."}),t?r(pi,{route:e,name:t,full:!0}):r("p",{children:"Give a name to screen."}),r("p",{children:r("a",{href:C(["lists"]),children:"The lists screened and their freshness"})})]})}function va({route:e}){const t=(e.params.get("q")??"").trim(),[i]=H(hs,{asOf:Y(e),text:t,id:t||"-"},!t),n=i.data;ie(n?.byText.basis);const s=[],a=new Set,o=d=>{const c=`${d.kind}/${d.id}`;a.has(c)||(a.add(c),s.push(d))},l=t.toLowerCase(),u=(...d)=>d.some(c=>c&&c.toLowerCase().includes(l));if(n){n.measure&&o({kind:"MEASURE",id:n.measure.recordId,label:n.measure.title,status:n.measure.status,why:"record ID"}),n.designation&&o({kind:"DESIGNATION",id:n.designation.recordId,label:`${n.designation.party.name} on ${n.designation.list}`,status:n.designation.status,why:"record ID"}),n.transaction&&o({kind:"TRANSACTION",id:n.transaction.recordId,label:n.transaction.title,status:n.transaction.status,why:"record ID"}),n.dialogue&&o({kind:"DIALOGUE",id:n.dialogue.recordId,label:n.dialogue.name,why:"record ID"}),n.enforcementAction&&o({kind:"ENFORCEMENT",id:n.enforcementAction.recordId,label:n.enforcementAction.summary,why:"record ID"}),n.source&&o({kind:"SOURCE",id:n.source.recordId,label:`${n.source.title} (${n.source.publisher})`,why:"record ID"});for(const d of n.byText.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"title, summary or instrument"});for(const d of n.byItem.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"item covered"});for(const d of n.byParty.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"party ID"});for(const d of n.byName.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"name or alias"});for(const d of n.byList.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"list name"});for(const d of n.transactions.nodes)u(d.recordId,d.title,d.target.name,d.target.id,...d.acquirers.flatMap(c=>[c.name,c.id]))&&o({kind:"TRANSACTION",id:d.recordId,label:d.title,status:d.status,why:"title or parties"});for(const d of n.dialogues.nodes)u(d.recordId,d.name,...d.parties.flatMap(c=>[c.name,c.id]))&&o({kind:"DIALOGUE",id:d.recordId,label:d.name,why:"name or parties"});for(const d of n.enforcementActions.nodes)u(d.recordId,d.summary,...d.targets.flatMap(c=>[c.name,c.id]))&&o({kind:"ENFORCEMENT",id:d.recordId,label:d.summary,why:"summary or targets"})}return r(S,{children:[r("h1",{children:"Search the ledger"}),r("form",{role:"search",class:"search",onSubmit:d=>{d.preventDefault();const c=String(new FormData(d.currentTarget).get("q")??"").trim();L({q:c||void 0})},children:[r("label",{for:"q",children:"Search records and parties"}),r("input",{id:"q",name:"q",type:"search",defaultValue:t,placeholder:"gallium, Micron, US-2022-ACS, Entity List"},t),r("button",{type:"submit",children:"Search"})]}),!t&&r("p",{children:["Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:"," ",r("a",{href:C(["measures"]),children:"measures"}),", ",r("a",{href:C(["designations"]),children:"designations"}),","," ",r("a",{href:C(["transactions"]),children:"transactions"}),", ",r("a",{href:C(["dialogues"]),children:"dialogues"}),". Every page answers at the valid date and knowledge point above."]}),r(T,{error:i.error}),t&&i.fetching&&!n&&r(q,{}),t&&n&&r(S,{children:[r(le,{basis:n.byText.basis}),r("h2",{children:[s.length," result",s.length===1?"":"s"," for “",t,"”"]}),r("h3",{children:"Screening against the lists"}),r(pi,{route:e,name:t}),r("p",{children:r("a",{href:C(["screen"],{name:t}),children:["Screen “",t,"” with a birth date, country, identifier or threshold"]})}),r("h3",{children:"Records"}),r("ul",{class:"results",children:s.map(d=>r("li",{children:[r("span",{class:"kind",children:d.kind.toLowerCase()})," ",r(N,{kind:d.kind,id:d.id,children:d.label})," ",r(G,{value:d.status})," ",r("span",{class:"muted",children:["matched by ",d.why," · ",d.id]})]},`${d.kind}/${d.id}`))})]})]})}function ya(e){const[t,i="",...n]=e.split(":");return t==="record"&&n.length?{record:{kind:i,id:n.join(":")}}:t==="party"&&i?{partyId:[i,...n].join(":")}:t==="jurisdiction"&&i?{jurisdiction:i.toUpperCase()}:null}function ba({route:e}){const t=e.params.get("subject")??"jurisdiction:CN",i=ya(t),n=e.params.get("order")==="VALID"?"VALID":"RECORDED",s=e.params.get("after")??void 0,[a,o]=H(ks,{subject:i??{},order:n,asOf:Y(e),first:25,after:s},!i);Se(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.timeline;return ie(l?.basis),r(S,{children:[r("h1",{children:"Timeline"}),r("form",{class:"filters","aria-label":"Timeline subject",onSubmit:u=>{u.preventDefault();const d=new FormData(u.currentTarget),c=String(d.get("what")),f=String(d.get("value")??"").trim();L({subject:f?`${c}:${f}`:void 0,order:String(d.get("order")),after:void 0})},children:[r("label",{children:["Subject"," ",r("select",{name:"what",defaultValue:t.split(":")[0],children:[r("option",{value:"jurisdiction",children:"jurisdiction (two letters)"}),r("option",{value:"party",children:"party ID"}),r("option",{value:"record",children:"record (KIND:ID)"})]})]}),r("label",{children:["Which ",r("input",{name:"value",defaultValue:t.split(":").slice(1).join(":"),placeholder:"CN, micron, MEASURE:US-2022-ACS"})]}),r("label",{children:["Order"," ",r("select",{name:"order",defaultValue:n,children:[r("option",{value:"RECORDED",children:"as recorded"}),r("option",{value:"VALID",children:"by valid date"})]})]}),r("button",{type:"submit",children:"Show"})]},e.params.toString()),!i&&r("p",{class:"error",role:"alert",children:["The subject “",t,"” is not of the form jurisdiction:CC, party:ID or record:KIND:ID."]}),r(T,{error:a.error}),a.fetching&&!l&&r(q,{}),l&&r(S,{children:[r(le,{basis:l.basis}),r("p",{children:[l.totalCount," events."]}),r("ol",{class:"timeline",children:l.nodes.map(u=>r("li",{class:u.retractedAt?"retracted":"",children:[r("span",{class:"when",children:u.validFrom??"—"}),u.validUntil&&r("span",{class:"muted",children:[" to ",u.validUntil]})," ",r("strong",{children:u.event.type.replace(/\.v\d+$/,"").replace(/_/g," ")})," ",r(N,{kind:u.record.kind,id:u.record.id})," ",r("span",{class:"muted",children:["position ",u.event.position,", recorded ",u.event.recordedAt.slice(0,19).replace("T"," ")," by ",u.event.actor,u.correctedAt.length>0&&`, corrected at ${u.correctedAt.join(", ")}`,u.retractedAt&&`, retracted at ${u.retractedAt}`]})]},u.event.position))}),r("nav",{class:"pager","aria-label":"Pages",children:[s&&r("button",{type:"button",onClick:()=>L({after:void 0}),children:"First page"}),r("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>L({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]}),r("p",{class:"muted",children:["Other subjects: ",r("a",{href:C(["timeline"],{subject:"jurisdiction:US"}),children:"US"}),","," ",r("a",{href:C(["timeline"],{subject:"jurisdiction:CN"}),children:"CN"}),","," ",r("a",{href:C(["timeline"],{subject:"record:MEASURE:US-2022-ACS",order:"VALID"}),children:"US-2022-ACS by valid date"}),"."]})]})}const _a=[["","Search"],["measures","Measures"],["designations","Designations"],["lists","Lists"],["screen","Screen"],["transactions","Transactions"],["dialogues","Dialogues"],["enforcement","Enforcement"],["timeline","Timeline"],["diff","Diff"],["graph","Graph"],["live","Live"]];function $a({route:e}){switch(e.path[0]??""){case"":case"search":return r(va,{route:e});case"measures":return r(Ms,{route:e});case"designations":return r(Vs,{route:e});case"lists":return r(pa,{route:e});case"screen":return r(ga,{route:e});case"transactions":return r(Us,{route:e});case"dialogues":return r(Hs,{route:e});case"enforcement":return r(Gs,{route:e});case"record":return r(ta,{route:e});case"timeline":return r(ba,{route:e});case"diff":return r(zs,{route:e});case"graph":return r(Ks,{route:e});case"escalation":return r(Ws,{route:e});case"live":return r(Ys,{});default:return r(S,{children:[r("h1",{children:"Not found"}),r("p",{role:"alert",children:["There is no page “",e.path.join("/"),"”. ",r("a",{href:C([]),children:"Search the ledger"}),"."]})]})}}function Oa(){const[e,t]=Q({head:null,events:[],connected:!1});return X(()=>{let i=()=>{},n=!1;const s=Dt.on("connected",()=>t(o=>({...o,connected:!0}))),a=Dt.on("closed",()=>t(o=>({...o,connected:!1})));return Oe(os,{}).then(({ledger:o})=>{if(n)return;t(u=>({...u,head:Math.max(u.head??0,o.head)}));const l=Qt.subscription(As.toString(),{after:o.head}).subscribe(u=>{const d=u.data?.ledgerEvents;d&&t(c=>c.events.some(f=>f.position===d.position)?c:{...c,head:Math.max(c.head??0,d.position),events:[...c.events.slice(-199),d]})});i=()=>l.unsubscribe()}).catch(()=>{}),()=>{n=!0,i(),s(),a()}},[]),e}function ka(){const e=wr(),[t,i]=Q(null),n=Oa(),s=e.path[0]??"";return X(()=>{const a=document.querySelector("main h1");document.title=`${a?.textContent??"Ledger Explorer"} · Ledger Explorer`}),r(Kt.Provider,{value:n,children:r(Wt.Provider,{value:{basis:t,setBasis:i},children:[r("a",{class:"skip",href:"#main",onClick:a=>(a.preventDefault(),document.getElementById("main")?.focus()),children:"Skip to content"}),r("header",{children:[r("div",{class:"brand",children:[r("a",{href:C([]),children:"Ledger Explorer"}),r("span",{class:"muted",children:[" ","· head ",r("span",{class:"live-head",children:n.head??"…"}),n.connected?" · live":""," · ",r("a",{href:"/graphiql",children:"GraphiQL"})]})]}),r("nav",{"aria-label":"Sections",children:r("ul",{children:_a.map(([a,o])=>r("li",{children:r("a",{href:C(a?[a]:[]),"aria-current":s===a||a===""&&s==="search"?"page":void 0,children:o})},a))})}),r("div",{class:"controls",children:[r(xs,{route:e}),r(Ns,{})]}),r(Rs,{route:e}),r(Ps,{route:e,head:n.head})]}),r("main",{id:"main",tabIndex:-1,children:r($a,{route:e})})]})})}addEventListener("unhandledrejection",e=>{e.reason?.name==="AbortError"&&e.preventDefault()});const An=document.getElementById("app");An&&Ii(r(vr,{value:Qt,children:r(ka,{})}),An);
