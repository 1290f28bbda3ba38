import{c as gr,_ as vr}from"./client-5J3dfOZ0.js";var F,Fn,oe,bt,Ye,Cn,He,En,Pt,_t,Dn,dt=Symbol.for("pv"),Xe={},Ze=[],yr=/^m(i|n|o|s|text|space)$/,Bt=Array.isArray,xn=Ze.slice,me=Object.assign;function he(e){e&&e.parentNode&&e.remove()}function Ge(e,t,i,r,s){var a={type:e,props:t,key:i,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:dt,__v:s||++Fn,__i:-1,__u:0};return!s&&F.vnode&&F.vnode(a),a}function S(e){return e.children}function ze(e,t){this.props=e,this.context=t,this.__g=0}function ce(e,t){if(t==null)return e.__&&ce(e.__,e.__i+1);for(var i;t<e.__k.length;t++)if((i=e.__k[t])&&i.__e)return i.__e;return typeof e.type!="function"||e.props.__P?null:ce(e)}function br(e){var t,i=e.__v,r=i.__e,s=[],a=[],o=e.__P;o&&((t=me({constructor:dt},i)).__v=i.__v+1,F.vnode&&F.vnode(t),Lt(o,t,i,e.__n,o.namespaceURI,32&i.__u?[r]:null,s,r||ce(i),32&i.__u,a),t.__v=i.__v,t.__.__k[t.__i]=t,Tn(s,t,a),i.__=i.__e=null,t.__e!=r&&Nn(t))}function Nn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Nn(e)}function $t(e){(8&e.__g||(e.__g|=8,oe.push(e),Ye++))&&bt==F.debounceRendering||((bt=F.debounceRendering)||queueMicrotask)(Rn)}function Rn(){try{for(var e,t=1;oe.length;)oe.length>t&&oe.sort(Cn),e=oe.shift(),t=oe.length,8&e.__g&&br(e)}finally{(Ye=oe.length)&&(bt||queueMicrotask)(Rn)}}function Pn(e,t,i,r,s,a,o,l,u,d,c){var f,p,h,y,O,_,k=r.__k||Ze,m=t.length;for(u=_r(i,t,k,u,m),f=0;f<m;f++)(h=i.__k[f])!=null&&(p=~h.__i&&k[h.__i]||Xe,h.__i=f,_=Lt(e,h,p,s,a,o,l,u,d,c),y=h.__e,(p.ref!=h.ref||8&p.__u)&&(p.ref&&Tt(p.ref,null,h,p),h.ref&&c.push(h.ref,h.__c||y,h)),O=O||y,4&h.__u?(u=Bn(h,u,e,!p.__v),p.__e&&(p.__e=null)):typeof h.type=="function"&&_!==void 0?u=_:y&&(u=y.nextSibling),h.__u&=-21);return i.__e=O,u}function _r(e,t,i,r,s){var a,o,l,u,d,c,f,p,h,y=i.length,O=y,_=0,k=0,m=e.__k=Array(s);for(a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o!="object"||o.constructor===String?o=m[a]=Ge(null,o):Bt(o)?o=m[a]=Ge(S,{children:o}):o.constructor===dt&&o.__b?o=m[a]=Ge(o.type,o.props,o.key,o.ref,o.__v):m[a]=o,u=a+_,o.__=e,o.__b=e.__b+1,l=null,~(d=o.__i=$r(o,i,u,O))&&(O--,(l=i[d])&&(l.__u|=2)),l&&l.__v?(o.__u|=16,d==u-1?_--:d==u+1?_++:d!=u&&(d>u?_--:_++,k=1)):(~d||(s>y?_--:s<y&&_++),typeof o.type!="function"&&(o.__u|=4))):m[a]=null;if(k){for(c=[],f=[],a=0;a<s;a++)if((o=m[a])&&16&o.__u){for(_=0,p=c.length;_<p;)c[h=_+p>>1]<o.__i?_=h+1:p=h;c[_]=o.__i,f[a]=_+1}for(_=c.length;a--;)f[a]&&(f[a]==_?_--:m[a].__u|=4)}if(O)for(a=0;a<y;a++)!(l=i[a])||2&l.__u||(l.__e==r&&(r=ce(l)),qt(l,l));return r}function Bn(e,t,i,r){var s,a,o,l;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&(s[a].__=e,t=Bn(s[a],t,i,!1));return t}for(t&&!t.parentNode&&(t=ce(e))&&!t.parentNode&&(t=null),o=e.__e,l=t;l&&l.nodeType==8;)l=l.nextSibling;for(o!=l&&(!r&&i.moveBefore&&o.parentNode?i.moveBefore(o,t):i.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function $r(e,t,i,r){var s,a=e.key,o=e.type,l=t[i],u=l&&!(2&l.__u);if(l===null&&a==null||u&&a==l.key&&o==l.type)return i;if(r>(u?1:0)){for(s=i-1;s>=0;s--)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s;for(s=i+1;s<t.length;s++)if((l=t[s])&&!(2&l.__u)&&a==l.key&&o==l.type)return s}return-1}function Zt(e,t,i){i==null&&(i=""),t[0]=="-"?e.setProperty(t,i):e[t]=i}function Ve(e,t,i,r,s){var a,o;if(t=="style")if(typeof i=="string")e.style.cssText=i;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)i&&t in i||Zt(e.style,t);if(i)for(t in i)r&&i[t]==r[t]||Zt(e.style,t,i[t])}else if(t[0]=="o"&&t[1]=="n")typeof i!="function"&&(i=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=i,i&&r||(o=_t[t]||(_t[t]=Or(t)),(e.__a||(e.__a={}))[t]=Pt,a=t!=(t=t.replace(En,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),i?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&i==1?"":i)}}function Or(e){return function(t){var i=this.__e;if(i){if(i=i[e],t[He]==null)t[He]=Pt++;else if(t[He]<this.__a[e])return;return i(F.event?F.event(t):t)}}}function Lt(e,t,i,r,s,a,o,l,u,d){var c,f,p,h,y,O,_,k,m,b,v,B,X,Me,ue,Xt,ae,fe,ie=t.type;if(t.constructor!==dt)return null;128&i.__u&&(u=32&i.__u,c=i.__c.__z)&&(t.__u|=u,f=a=[],c.nodeType==8?l=Qe(c,a):a.push(c),l=a[0]||l),(c=F.__b)&&c(t);e:if(typeof ie=="function"){p=o.length;try{if(k=t.props,m=(c=ie.prototype)&&c.render,b=(c=ie.contextType)&&r[c.__c],v=c?b?b.props.value:c.__:r,(h=i.__c)?(t.__c=h,2&h.__g&&(h.__g|=1)):(m?t.__c=h=new ie(k,v):(t.__c=h=new ze(k,v),h.constructor=ie,h.render=Sr),b&&b.sub(h),h.state||(h.state={}),h.__n=r,h.__g|=8,h.__h=[],h.__k=[]),m&&(h.__s||(h.__s=h.state),ie.getDerivedStateFromProps&&(h.__s==h.state&&(h.__s=me({},h.__s)),me(h.__s,ie.getDerivedStateFromProps(k,h.__s)))),y=h.props,O=h.state,h.__v=t,i.__c){if(k!==y&&m&&!ie.getDerivedStateFromProps&&h.componentWillReceiveProps&&h.componentWillReceiveProps(k,v),t.__v==i.__v&&!(8&h.__g)||!(4&h.__g)&&h.shouldComponentUpdate&&h.shouldComponentUpdate(k,h.__s,v)===!1){t.__v!=i.__v&&(h.props=k,h.state=h.__s,h.__g&=-9),t.__e=i.__e,t.__k=i.__k,t.__k.some(function(K){K&&(K.__=t)}),Ze.push.apply(h.__h,h.__k),h.__k=[],h.__h.length&&o.push(h),l=ce(i);break e}h.componentWillUpdate&&h.componentWillUpdate(k,h.__s,v),m&&h.componentDidUpdate&&h.__h.push(function(){h.componentDidUpdate(y,O,_)})}else m&&!ie.getDerivedStateFromProps&&h.componentWillMount&&h.componentWillMount(),m&&h.componentDidMount&&h.__h.push(h.componentDidMount);h.context=v,h.props=k,h.__P=e,h.__g&=-5,B=F.__r,X=m?25:0;do h.__g&=-9,B&&B(t),c=h.render(h.props,h.state=h.__s,h.context);while(8&h.__g&&++X<25);m&&(Ze.push.apply(h.__h,h.__k),h.__k=[]),h.state=h.__s,h.getChildContext&&(r=me({},r,h.getChildContext())),m&&i.__c&&h.getSnapshotBeforeUpdate&&(_=h.getSnapshotBeforeUpdate(y,O)),Me=c&&c.type===S&&c.key==null?c.props.children:c,k.__P&&(c=l,s=(e=k.__P).namespaceURI,u=a=null,i.props&&i.props.__P!=e&&(i.__k.some(function(K){K&&qt(K,K)}),i.__k=null),l=i.__k?ce(i,0):null),l=Pn(e,Bt(Me)?Me:[Me],t,i,r,s,a,o,l,u,d),k.__P&&(t.__e=null,l=c),t.__u&=-161,f&&f.some(he),h.__h.length&&o.push(h),1&h.__g&&(h.__g&=-4)}catch(K){if(o.length=p,t.__v=null,u||a)if(K&&K.then){if(t.__u|=128|u,a){for(~(ae=a.indexOf(l||void 0))||(ae=a.length);(fe=a[ae-1])&&fe.nodeType==8;)ae--;for(;ae<a.length;ae++)if(fe=a[ae])if(a[ae]=null,ue){if(fe==Xt)break}else{if(fe.nodeType!=8)break;fe.data.startsWith("$s")&&(Xt=Qe(ue=fe))}}if(!ue){for(;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;ue=l}(c=Qe(ue=t.__c.__z||(t.__c.__z=ue)))?(t.__e=ue,l=c):t.__e=l,l=l&&l.nextSibling}else a&&a.some(he);else t.__e=i.__e;t.__k||(t.__k=i.__k||[]),K&&K.then||Ln(t),F.__e(K,t,i)}}else l=t.__e=kr(i.__e,t,i,r,s,a,o,u,d,e);return(c=F.diffed)&&c(t),l}function Qe(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var i=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))i++;else if(e.data.startsWith("/$s")&&!--i)return e}t&&t.push(e)}}function Ln(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ln))}function Tn(e,t,i){for(var r=0;r<i.length;)Tt(i[r++],i[r++],i[r++]);F.__c&&F.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){F.__e(a,s.__v)}})}function kr(e,t,i,r,s,a,o,l,u,d){var c,f,p,h,y,O,_,k,m=i.props||Xe,b=t.props,v=t.type;if(v=="svg"?s="http://www.w3.org/2000/svg":v=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a){for(c=0;c<a.length;c++)if((y=a[c])&&(v?y.localName==v:y.nodeType==3)){e=y,a[c]=null;break}}if(!e){if(k=d.ownerDocument||document,!v)return k.createTextNode(b);e=k.createElementNS(s,v,b.is?b:d),l&&(F.__m&&F.__m(t,a),l=!1),a=null}if(v){if(d=v=="template"&&e.content||e,a=v=="textarea"&&b.defaultValue!=null?null:a&&xn.call(d.childNodes),!l&&a)for(m={},c=0;c<e.attributes.length;c++)m[(y=e.attributes[c]).name]=y.value;for(c in m)y=m[c],c=="dangerouslySetInnerHTML"?p=y:c=="children"||c in b||c=="value"&&"defaultValue"in b||c=="checked"&&"defaultChecked"in b||Ve(e,c,null,y,s);for(c in b)y=b[c],c=="children"?h=y:c=="dangerouslySetInnerHTML"?f=y:c=="value"?O=y:c=="checked"?_=y:l&&typeof y!="function"||m[c]===y||Ve(e,c,y,m[c],s);f?(l||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):(p&&(e.textContent=""),(v=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&yr.test(v))&&(s="http://www.w3.org/1999/xhtml"),Pn(d,Bt(h)?h:[h],t,i,r,s,a,o,a?a[0]:i.__k&&ce(i,0),l,u),a&&a.some(he)),l&&v!="textarea"||(c="value",v=="progress"&&O==null?e.removeAttribute(c):O==null||O===e[c]&&(v!="progress"||O)||Ve(e,c,O,m[c],s),c="checked",_!=null&&_!=e[c]&&Ve(e,c,_,m[c],s))}else m===b||l&&e.data==b||(e.data=b);return e}function Tt(e,t,i,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){F.__e(s,i)}}function qt(e,t,i){var r,s,a,o;if(F.unmount&&F.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||Tt(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(l){F.__e(l,t)}r.__P=r.__n=null}if(r=e.__k)for(o=0;o<r.length;o++)r[o]&&qt(r[o],t,typeof e.type!="function"||i&&!e.props.__P);!i&&(r=e.__c)&&(r=r.__z)&&(s=Qe(r,a=[]))&&(r==e.__e&&a.some(he),he(s),he(r)),i||he(e.__e),e.__e=e.__c=e.__=null}function Sr(e,t,i){return this.constructor(e,i)}function Ir(e,t){var i,r,s,a;F.__&&F.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(i=e&&32&e.__u)?null:t.__k,t.__k=Ge(S,{children:[e]}),s=[],a=[],Lt(t,t.__k,r||Xe,Xe,t.namespaceURI,r?null:t.firstChild?xn.call(t.childNodes):null,s,r?r.__e:t.firstChild,i,a),Tn(s,t.__k,a),t.__k.props.children=null}function jt(e){function t(i){var r,s;return this.getChildContext||(r=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&r.forEach(function(o){o.__g|=4,$t(o)})},this.sub=function(a){r.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){r.delete(a),o&&o.call(a)}}),i.children}return t.__c="__cC"+Dn++,t.__=e,t.Provider=(t.Consumer=function(i,r){return i.children(r)}).contextType=t,t}F={__e:function(e,t,i,r){for(var s,a,o;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((o=(a=s.constructor)&&a.getDerivedStateFromError)&&s.setState(a.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,r||{}),o=1),o&&8&s.__g)return void(s.__g|=2)}catch(l){e=l}}throw Ye=0,e}},Fn=0,ze.prototype.setState=function(e,t){var i=this.__s;i&&i!=this.state||(i=this.__s=me({},this.state)),typeof e=="function"&&(e=e(me({},i),this.props)),e&&(me(i,e),this.__v&&(t&&this.__k.push(t),$t(this)))},ze.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),$t(this))},ze.prototype.render=S,oe=[],Ye=0,Cn=function(e,t){return e.__v.__b-t.__v.__b},He=Symbol(),En=/(PointerCapture)$|Capture$/i,Pt=0,_t={},Dn=0;var wr=Symbol.for("pv"),Ar=0;function n(e,t,i,r,s,a){t||(t={});var o,l,u=t;if("ref"in u&&typeof e!="function")for(l in u={},t)l=="ref"?o=t[l]:u[l]=t[l];var d={type:e,props:u,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:wr,__v:--Ar,__i:-1,__u:0};return F.vnode&&F.vnode(d),d}var Ee={NAME:"Name",OPERATION_DEFINITION:"OperationDefinition",FIELD:"Field"};class Ot extends Error{constructor(t,i,r,s,a,o,l){super(t),this.name="GraphQLError",this.message=t,a&&(this.path=a),i&&(this.nodes=Array.isArray(i)?i:[i]),r&&(this.source=r),s&&(this.positions=s),o&&(this.originalError=o);var u=l;if(!u&&o){var d=o.extensions;d&&typeof d=="object"&&(u=d)}this.extensions=u||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return"GraphQLError"}}var $,g;function j(e){return new Ot(`Syntax Error: Unexpected token at ${g} in ${e}`)}function en(e){if(e.lastIndex=g,e.test($))return $.slice(g,g=e.lastIndex)}var Ue=/ +(?=[^\s])/y;function Fr(e){for(var t=e.split(`
`),i="",r=0,s=0,a=t.length-1,o=0;o<t.length;o++)Ue.lastIndex=0,Ue.test(t[o])&&(o&&(!r||Ue.lastIndex<r)&&(r=Ue.lastIndex),s=s||o,a=o);for(var l=s;l<=a;l++)l!==s&&(i+=`
`),i+=t[l].slice(r).replace(/\\"""/g,'"""');return i}function I(){for(var e=0|$.charCodeAt(g++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|$.charCodeAt(g++))if(e===35)for(;(e=0|$.charCodeAt(g++))&&e!==10&&e!==13;);g--}function Mt(){for(var e=g,t=0|$.charCodeAt(g++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|$.charCodeAt(g++));if(e===g-1)throw j("Name");var i=$.slice(e,--g);return I(),i}function U(){return{kind:"Name",value:Mt()}}var Cr=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Er=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ve(e){var t;switch($.charCodeAt(g)){case 91:g++,I();for(var i=[];$.charCodeAt(g)!==93;)i.push(ve(e));return g++,I(),{kind:"ListValue",values:i};case 123:g++,I();for(var r=[];$.charCodeAt(g)!==125;){var s=U();if($.charCodeAt(g++)!==58)throw j("ObjectField");I(),r.push({kind:"ObjectField",name:s,value:ve(e)})}return g++,I(),{kind:"ObjectValue",fields:r};case 36:if(e)throw j("Variable");return g++,{kind:"Variable",name:U()};case 34:if($.charCodeAt(g+1)===34&&$.charCodeAt(g+2)===34){if(g+=3,(t=en(Cr))==null)throw j("StringValue");return I(),{kind:"StringValue",value:Fr(t.slice(0,-3)),block:!0}}else{var a=g,o;g++;var l=!1;for(o=0|$.charCodeAt(g++);o===92&&(g++,l=!0)||o!==10&&o!==13&&o!==34&&o;o=0|$.charCodeAt(g++));if(o!==34)throw j("StringValue");return t=$.slice(a,g),I(),{kind:"StringValue",value:l?JSON.parse(t):t.slice(1,-1),block:!1}}case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var u=g++,d;(d=0|$.charCodeAt(g++))>=48&&d<=57;);var c=$.slice(u,--g);if((d=$.charCodeAt(g))===46||d===69||d===101){if((t=en(Er))==null)throw j("FloatValue");return I(),{kind:"FloatValue",value:c+t}}else return I(),{kind:"IntValue",value:c};case 110:if($.charCodeAt(g+1)===117&&$.charCodeAt(g+2)===108&&$.charCodeAt(g+3)===108)return g+=4,I(),{kind:"NullValue"};break;case 116:if($.charCodeAt(g+1)===114&&$.charCodeAt(g+2)===117&&$.charCodeAt(g+3)===101)return g+=4,I(),{kind:"BooleanValue",value:!0};break;case 102:if($.charCodeAt(g+1)===97&&$.charCodeAt(g+2)===108&&$.charCodeAt(g+3)===115&&$.charCodeAt(g+4)===101)return g+=5,I(),{kind:"BooleanValue",value:!1};break}return{kind:"EnumValue",value:Mt()}}function qn(e){if($.charCodeAt(g)===40){var t=[];g++,I();do{var i=U();if($.charCodeAt(g++)!==58)throw j("Argument");I(),t.push({kind:"Argument",name:i,value:ve(e)})}while($.charCodeAt(g)!==41);return g++,I(),t}}function de(e){if($.charCodeAt(g)===64){var t=[];do g++,t.push({kind:"Directive",name:U(),arguments:qn(e)});while($.charCodeAt(g)===64);return t}}function Dr(){for(var e=0;$.charCodeAt(g)===91;)e++,g++,I();var t={kind:"NamedType",name:U()};do if($.charCodeAt(g)===33&&(g++,I(),t={kind:"NonNullType",type:t}),e){if($.charCodeAt(g++)!==93)throw j("NamedType");I(),t={kind:"ListType",type:t}}while(e--);return t}function et(){if($.charCodeAt(g++)!==123)throw j("SelectionSet");return I(),tt()}function tt(){var e=[];do if($.charCodeAt(g)===46){if($.charCodeAt(++g)!==46||$.charCodeAt(++g)!==46)throw j("SelectionSet");switch(g++,I(),$.charCodeAt(g)){case 64:e.push({kind:"InlineFragment",typeCondition:void 0,directives:de(!1),selectionSet:et()});break;case 111:$.charCodeAt(g+1)===110?(g+=2,I(),e.push({kind:"InlineFragment",typeCondition:{kind:"NamedType",name:U()},directives:de(!1),selectionSet:et()})):e.push({kind:"FragmentSpread",name:U(),directives:de(!1)});break;case 123:g++,I(),e.push({kind:"InlineFragment",typeCondition:void 0,directives:void 0,selectionSet:tt()});break;default:e.push({kind:"FragmentSpread",name:U(),directives:de(!1)})}}else{var t=U(),i=void 0;$.charCodeAt(g)===58&&(g++,I(),i=t,t=U());var r=qn(!1),s=de(!1),a=void 0;$.charCodeAt(g)===123&&(g++,I(),a=tt()),e.push({kind:"Field",alias:i,name:t,arguments:r,directives:s,selectionSet:a})}while($.charCodeAt(g)!==125);return g++,I(),{kind:"SelectionSet",selections:e}}function xr(){if(I(),$.charCodeAt(g)===40){var e=[];g++,I();do{var t=void 0;if($.charCodeAt(g)===34&&(t=ve(!0)),$.charCodeAt(g++)!==36)throw j("Variable");var i=U();if($.charCodeAt(g++)!==58)throw j("VariableDefinition");I();var r=Dr(),s=void 0;$.charCodeAt(g)===61&&(g++,I(),s=ve(!0)),I();var a={kind:"VariableDefinition",variable:{kind:"Variable",name:i},type:r,defaultValue:s,directives:de(!0)};t&&(a.description=t),e.push(a)}while($.charCodeAt(g)!==41);return g++,I(),e}}function Nr(e){var t=U();if($.charCodeAt(g++)!==111||$.charCodeAt(g++)!==110)throw j("FragmentDefinition");I();var i={kind:"FragmentDefinition",name:t,typeCondition:{kind:"NamedType",name:U()},directives:de(!1),selectionSet:et()};return e&&(i.description=e),i}function tn(){var e=[];do{var t=void 0;if($.charCodeAt(g)===34&&(t=ve(!0)),$.charCodeAt(g)===123){if(t)throw j("Document");g++,I(),e.push({kind:"OperationDefinition",operation:"query",name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:tt()})}else{var i=Mt();switch(i){case"fragment":e.push(Nr(t));break;case"query":case"mutation":case"subscription":var r,s=void 0;(r=$.charCodeAt(g))!==40&&r!==64&&r!==123&&(s=U());var a={kind:"OperationDefinition",operation:i,name:s,variableDefinitions:xr(),directives:de(!1),selectionSet:et()};t&&(a.description=t),e.push(a);break;default:throw j("Document")}}}while(g<$.length);return e}function Rr(e,t){return $=e.body?e.body:e,g=0,I(),t&&t.noLocation?{kind:"Document",definitions:tn()}:{kind:"Document",definitions:tn(),loc:{start:0,end:$.length,startToken:void 0,endToken:void 0,source:{body:$,name:"graphql.web",locationOffset:{line:1,column:1}}}}}function V(e,t,i){for(var r="",s=0;s<e.length;s++)s&&(r+=t),r+=i(e[s]);return r}function Pr(e){return JSON.stringify(e)}function Br(e){return`"""
`+e.replace(/"""/g,'\\"""')+`
"""`}var te=`
`,E={OperationDefinition(e){var t="";e.description&&(t+=E.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=" "+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=" "),t+="("+V(e.variableDefinitions,", ",E.VariableDefinition)+")"),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive));var i=E.SelectionSet(e.selectionSet);return t!=="query"?t+" "+i:i},VariableDefinition(e){var t="";return e.description&&(t+=E.StringValue(e.description)+" "),t+=E.Variable(e.variable)+": "+se(e.type),e.defaultValue&&(t+=" = "+se(e.defaultValue)),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t},Field(e){var t=e.alias?e.alias.value+": "+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var i=V(e.arguments,", ",E.Argument);t.length+i.length+2>80?t+="("+(te+="  ")+V(e.arguments,te,E.Argument)+(te=te.slice(0,-2))+")":t+="("+i+")"}return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=" "+E.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?Br(e.value).replace(/\n/g,te):Pr(e.value)},BooleanValue:e=>""+e.value,NullValue:e=>"null",IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>"$"+e.name.value,ListValue:e=>"["+V(e.values,", ",se)+"]",ObjectValue:e=>"{"+V(e.fields,", ",E.ObjectField)+"}",ObjectField:e=>e.name.value+": "+se(e.value),Document(e){return!e.definitions||!e.definitions.length?"":V(e.definitions,`

`,se)},SelectionSet:e=>"{"+(te+="  ")+V(e.selections,te,se)+(te=te.slice(0,-2))+"}",Argument:e=>e.name.value+": "+se(e.value),FragmentSpread(e){var t="..."+e.name.value;return e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t},InlineFragment(e){var t="...";return e.typeCondition&&(t+=" on "+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t+=" "+E.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t="";return e.description&&(t+=E.StringValue(e.description)+`
`),t+="fragment "+e.name.value,t+=" on "+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=" "+V(e.directives," ",E.Directive)),t+" "+E.SelectionSet(e.selectionSet)},Directive(e){var t="@"+e.name.value;return e.arguments&&e.arguments.length&&(t+="("+V(e.arguments,", ",E.Argument)+")"),t},NamedType:e=>e.name.value,ListType:e=>"["+se(e.type)+"]",NonNullType:e=>se(e.type)+"!"},se=e=>E[e.kind](e);function Lr(e){return te=`
`,E[e.kind]?E[e.kind](e):""}var jn=()=>{},M=jn;function W(e){return{tag:0,0:e}}function Se(e){return{tag:1,0:e}}var kt=()=>typeof Symbol=="function"&&Symbol.asyncIterator||"@@asyncIterator",Mn=e=>e;function Tr(e){return t=>i=>{var r=[],s=M,a=M,o=!1,l=!1,u=!1,d=!1;function c(f){u=!0,f((p=>{p===0?u&&(u=!1,r.length?c(e(r.shift())):d?i(0):o||(o=!0,s(0))):p.tag===0?(l=!1,(a=p[0])(0)):u&&(i(p),l?l=!1:a(0))}))}t((f=>{d||(f===0?(d=!0,!u&&!r.length&&i(0)):f.tag===0?s=f[0]:(o=!1,u?r.push(f[0]):c(e(f[0]))))})),i(W((f=>{f===1?(d||(d=!0,s(1)),u&&(u=!1,a(1))):(!d&&!o&&(o=!0,s(0)),u&&!l&&(l=!0,a(0)))})))}}function qr(e){return Tr(Mn)(e)}function Vn(e){return qr(Jn(e))}function T(e){return t=>i=>{var r=M;t((s=>{s===0?i(0):s.tag===0?(r=s[0],i(s)):e(s[0])?i(s):r(0)}))}}function De(e){return t=>i=>t((r=>{r===0||r.tag===0?i(r):i(Se(e(r[0])))}))}function Vt(e){return t=>i=>{var r=[],s=M,a=!1,o=!1;t((l=>{o||(l===0?(o=!0,r.length||i(0)):l.tag===0?s=l[0]:(a=!1,(function(d){var c=M;d((f=>{if(f===0){if(r.length){var p=r.indexOf(c);p>-1&&(r=r.slice()).splice(p,1),r.length||(o?i(0):a||(a=!0,s(0)))}}else f.tag===0?(r.push(c=f[0]),c(0)):r.length&&(i(f),c(0))}))})(e(l[0])),a||(a=!0,s(0))))})),i(W((l=>{if(l===1){o||(o=!0,s(1));for(var u=0,d=r,c=r.length;u<c;u++)d[u](1);r.length=0}else{!o&&!a?(a=!0,s(0)):a=!1;for(var f=0,p=r,h=r.length;f<h;f++)p[f](0)}})))}}function jr(e){return Vt(Mn)(e)}function ye(e){return jr(Jn(e))}function Un(e){return t=>i=>{var r=!1;t((s=>{if(!r)if(s===0)r=!0,i(0),e();else if(s.tag===0){var a=s[0];i(W((o=>{o===1?(r=!0,a(1),e()):a(o)})))}else i(s)}))}}function Hn(e){return t=>i=>{var r=!1;t((s=>{if(!r)if(s===0)r=!0,i(0);else if(s.tag===0){var a=s[0];i(W((o=>{o===1&&(r=!0),a(o)})))}else e(s[0]),i(s)}))}}function nn(e){return t=>i=>t((r=>{r===0?i(0):r.tag===0?(i(r),e()):i(r)}))}function Mr(e,t){return i=>r=>{var s=t;i((a=>{a===0?r(0):a.tag===0?r(a):r(Se(s=e(s,a[0])))}))}}function be(e){var t=[],i=M,r=!1;return s=>{t.push(s),t.length===1&&e((a=>{if(a===0){for(var o=0,l=t,u=t.length;o<u;o++)l[o](0);t.length=0}else if(a.tag===0)i=a[0];else{r=!1;for(var d=0,c=t,f=t.length;d<f;d++)c[d](a)}})),s(W((a=>{if(a===1){var o=t.indexOf(s);o>-1&&(t=t.slice()).splice(o,1),t.length||i(1)}else r||(r=!0,i(0))})))}}function St(e){return t=>i=>{var r=M,s=M,a=!1,o=!1,l=!1,u=!1;t((d=>{u||(d===0?(u=!0,l||i(0)):d.tag===0?r=d[0]:(l&&(s(1),s=M),a?a=!1:(a=!0,r(0)),(function(f){l=!0,f((p=>{l&&(p===0?(l=!1,u?i(0):a||(a=!0,r(0))):p.tag===0?(o=!1,(s=p[0])(0)):(i(p),o?o=!1:s(0)))}))})(e(d[0]))))})),i(W((d=>{d===1?(u||(u=!0,r(1)),l&&(l=!1,s(1))):(!u&&!a&&(a=!0,r(0)),l&&!o&&(o=!0,s(0)))})))}}function Gn(e){return t=>i=>{var r=M,s=!1,a=0;t((o=>{s||(o===0?(s=!0,i(0)):o.tag===0?r=o[0]:a++<e?(i(o),!s&&a>=e&&(s=!0,i(0),r(1))):i(o))})),i(W((o=>{o===1&&!s?(s=!0,r(1)):o===0&&!s&&a<e&&r(0)})))}}function Ut(e){return t=>i=>{var r=M,s=M,a=!1;t((o=>{a||(o===0?(a=!0,s(1),i(0)):o.tag===0?(r=o[0],e((l=>{l===0||(l.tag===0?(s=l[0])(0):(a=!0,s(1),r(1),i(0)))}))):i(o))})),i(W((o=>{o===1&&!a?(a=!0,r(1),s(1)):a||r(0)})))}}function zn(e,t){return i=>r=>{var s=M,a=!1;i((o=>{a||(o===0?(a=!0,r(0)):o.tag===0?(s=o[0],r(o)):e(o[0])?r(o):(a=!0,t&&r(o),r(0),s(1)))}))}}function Vr(e){return t=>e()(t)}function Qn(e){return t=>{var i=e[kt()]&&e[kt()]()||e,r=!1,s=!1,a=!1,o;t(W((async l=>{if(l===1)r=!0,i.return&&i.return();else if(s)a=!0;else{for(a=s=!0;a&&!r;)if((o=await i.next()).done)r=!0,i.return&&await i.return(),t(0);else try{a=!1,t(Se(o.value))}catch(u){if(i.throw)(r=!!(await i.throw(u)).done)&&t(0);else throw u}s=!1}})))}}function Ur(e){return e[kt()]?Qn(e):t=>{var i=e[Symbol.iterator](),r=!1,s=!1,a=!1,o;t(W((l=>{if(l===1)r=!0,i.return&&i.return();else if(s)a=!0;else{for(a=s=!0;a&&!r;)if((o=i.next()).done)r=!0,i.return&&i.return(),t(0);else try{a=!1,t(Se(o.value))}catch(u){if(i.throw)(r=!!i.throw(u).done)&&t(0);else throw u}s=!1}})))}}var Jn=Ur;function le(e){return t=>{var i=!1;t(W((r=>{r===1?i=!0:i||(i=!0,t(Se(e)),t(0))})))}}function Kn(e){return t=>{var i=!1,r=e({next(s){i||t(Se(s))},complete(){i||(i=!0,t(0))}});t(W((s=>{s===1&&!i&&(i=!0,r())})))}}function Wn(){var e,t;return{source:be(Kn((i=>(e=i.next,t=i.complete,jn)))),next(i){e&&e(i)},complete(){t&&t()}}}function Ne(e){return t=>{var i=M,r=!1;return t((s=>{s===0?r=!0:s.tag===0?(i=s[0])(0):r||(e(s[0]),i(0))})),{unsubscribe(){r||(r=!0,i(1))}}}}function Hr(e){Ne((t=>{}))(e)}function Gr(e){return new Promise((t=>{var i=M,r;e((s=>{s===0?Promise.resolve(r).then(t):s.tag===0?(i=s[0])(0):(r=s[0],i(0))}))}))}var zr=e=>e&&typeof e.message=="string"&&(e.extensions||e.name==="GraphQLError")?e:typeof e=="object"&&typeof e.message=="string"?new Ot(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new Ot(e);class Ht extends Error{constructor(t){var i=(t.graphQLErrors||[]).map(zr),r=((s,a)=>{var o="";if(s)return`[Network] ${s.message}`;if(a)for(var l=0,u=a.length;l<u;l++)o&&(o+=`
`),o+=`[GraphQL] ${a[l].message}`;return o})(t.networkError,i);super(r),this.name="CombinedError",this.message=r,this.graphQLErrors=i,this.networkError=t.networkError,this.response=t.response}toString(){return this.message}}var Je=(e,t)=>{for(var i=0|(t||5381),r=0,s=0|e.length;r<s;r++)i=(i<<5)+i+e.charCodeAt(r);return i},pe=new Set,rn=new WeakMap,ge=(e,t)=>{if(e===null||pe.has(e))return"null";if(typeof e!="object")return JSON.stringify(e)||"";if(e.toJSON)return ge(e.toJSON(),t);if(Array.isArray(e)){for(var i="[",r=0,s=e.length;r<s;r++)i.length>1&&(i+=","),i+=ge(e[r],t)||"null";return i+="]"}else if(!t&&(rt!==_e&&e instanceof rt||it!==_e&&e instanceof it))return"null";var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=rn.get(e)||Math.random().toString(36).slice(2);return rn.set(e,o),ge({__key:o},t)}pe.add(e);for(var l="{",u=0,d=a.length;u<d;u++){var c=ge(e[a[u]],t);c&&(l.length>1&&(l+=","),l+=ge(a[u],t)+":"+c)}return pe.delete(e),l+="}"},It=(e,t,i)=>{if(!(i==null||typeof i!="object"||i.toJSON||pe.has(i)))if(Array.isArray(i))for(var r=0,s=i.length;r<s;r++)It(e,`${t}.${r}`,i[r]);else if(i instanceof rt||i instanceof it)e.set(t,i);else{pe.add(i);for(var a in i)It(e,`${t}.${a}`,i[a])}},nt=(e,t)=>(pe.clear(),ge(e,t||!1));class _e{}var rt=typeof File<"u"?File:_e,it=typeof Blob<"u"?Blob:_e,Qr=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,Jr=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,Kr=(e,t)=>t%2==0?e.replace(Jr,`
`):e,sn=e=>e.split(Qr).map(Kr).join("").trim(),an=new Map,Ke=new Map,Gt=e=>{var t;return typeof e=="string"?t=sn(e):e.loc&&Ke.get(e.__key)===e?t=e.loc.source.body:(t=an.get(e)||sn(Lr(e)),an.set(e,t)),typeof e!="string"&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:"gql",locationOffset:{line:1,column:1}}}),t},on=e=>{var t;if(e.documentId)t=Je(e.documentId);else if(t=Je(Gt(e)),e.definitions){var i=Xn(e);i&&(t=Je(`
# ${i}`,t))}return t},Yn=e=>{var t,i;return typeof e=="string"?(t=on(e),i=Ke.get(t)||Rr(e,{noLocation:!0})):(t=e.__key||on(e),i=Ke.get(t)||e),i.loc||Gt(i),i.__key=t,Ke.set(t,i),i},We=(e,t,i)=>{var r=t||{},s=Yn(e),a=nt(r,!0),o=s.__key;return a!=="{}"&&(o=Je(a,o)),{key:o,query:s,variables:r,extensions:i}},Xn=e=>{for(var t=0,i=e.definitions.length;t<i;t++){var r=e.definitions[t];if(r.kind===Ee.OPERATION_DEFINITION)return r.name?r.name.value:void 0}},st=(e,t,i)=>{var r=t.payload||t;if(!("data"in r||"errors"in r&&Array.isArray(r.errors)))throw new Error("No Content");var s=e.kind==="subscription";return{operation:e,data:r.data,error:Array.isArray(r.errors)?new Ht({graphQLErrors:r.errors,response:i}):void 0,extensions:r.extensions?{...r.extensions}:void 0,hasNext:t.hasNext==null?s:t.hasNext,stale:!1}},at=(e,t)=>{if(typeof e=="object"&&e!=null){if(Array.isArray(e)){e=[...e];for(var i=0,r=t.length;i<r;i++)e[i]=at(e[i],t[i]);return e}if(!e.constructor||e.constructor===Object){e={...e};for(var s in t)e[s]=at(e[s],t[s]);return e}}return t},Zn=(e,t,i,r)=>{var s=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},l=t.incremental;"path"in t&&(l=[t]);var u={data:e.data};if(l)for(var d=function(){var p=l[c];Array.isArray(p.errors)&&s.push(...p.errors),p.extensions&&(Object.assign(o,p.extensions),a=!0);var h="data",y=u,O=[];if(p.path)O=p.path;else if(r){var _=r.find((X=>X.id===p.id));p.subPath?O=[..._.path,...p.subPath]:O=_.path}for(var k=0,m=O.length;k<m;h=O[k++])y=y[h]=Array.isArray(y[h])?[...y[h]]:{...y[h]};if(p.items)for(var b=+h>=0?h:0,v=0,B=p.items.length;v<B;v++)y[b+v]=at(y[b+v],p.items[v]);else p.data!==void 0&&(y[h]=at(y[h],p.data))},c=0,f=l.length;c<f;c++)d();else u.data=(t.payload||t).data||e.data,s=t.errors||t.payload&&t.payload.errors||s;return{operation:e.operation,data:u.data,error:s.length?new Ht({graphQLErrors:s,response:i}):void 0,extensions:a?o:void 0,hasNext:t.hasNext!=null?t.hasNext:e.hasNext,stale:!1}},er=(e,t,i)=>({operation:e,data:void 0,error:new Ht({networkError:t,response:i}),extensions:void 0,hasNext:!1,stale:!1});function tr(e){var t={query:void 0,documentId:void 0,operationName:Xn(e.query),variables:e.variables||void 0,extensions:e.extensions};return"documentId"in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:(!e.extensions||!e.extensions.persistedQuery||e.extensions.persistedQuery.miss)&&(t.query=Gt(e.query)),t}var Wr=(e,t)=>{var i=e.kind==="query"&&e.context.preferGetMethod;if(!i||!t)return e.context.url;var r=Yr(e.context.url);for(var s in t){var a=t[s];a&&r[1].set(s,typeof a=="object"?nt(a):a)}var o=r.join("?");return o.length>2047&&i!=="force"?(e.context.preferGetMethod=!1,e.context.url):o},Yr=e=>{var t=e.indexOf("?");return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},Xr=(e,t)=>{if(t&&!(e.kind==="query"&&e.context.preferGetMethod)){var i=nt(t),r=(l=>{var u=new Map;return(rt!==_e||it!==_e)&&(pe.clear(),It(u,"variables",l)),u})(t.variables);if(r.size){var s=new FormData;s.append("operations",i),s.append("map",nt({...[...r.keys()].map((l=>[l]))}));var a=0;for(var o of r.values())s.append(""+a++,o);return s}return i}},Zr=(e,t)=>{var i={accept:e.kind==="subscription"?"text/event-stream, multipart/mixed":"application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed"},r=(typeof e.context.fetchOptions=="function"?e.context.fetchOptions():e.context.fetchOptions)||{};if(r.headers)if((o=>"has"in o&&!Object.keys(o).length)(r.headers))r.headers.forEach(((o,l)=>{i[l]=o}));else if(Array.isArray(r.headers))r.headers.forEach(((o,l)=>{Array.isArray(o)?i[o[0]]?i[o[0]]=`${i[o[0]]},${o[1]}`:i[o[0]]=o[1]:i[l]=o}));else for(var s in r.headers)i[s.toLowerCase()]=r.headers[s];var a=Xr(e,t);return typeof a=="string"&&!i["content-type"]&&(i["content-type"]="application/json"),{...r,method:a?"POST":"GET",body:a,headers:i}},ei=/boundary="?([^=";]+)"?/i,ti=/data: ?([^\n]+)/;async function*dn(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var i=e.body.getReader(),r;try{for(;!(r=await i.read()).done;)yield r.value}finally{i.cancel()}}}async function*ln(e,t){var i=typeof TextDecoder<"u"?new TextDecoder:null,r="",s;for await(var a of e)for(r+=a.constructor.name==="Buffer"?a.toString():i.decode(a,{stream:!0});(s=r.indexOf(t))>-1;)yield r.slice(0,s),r=r.slice(s+t.length)}async function*ni(e,t,i){var r=!0,s=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,i)).headers.get("Content-Type")||"",l;/multipart\/mixed/i.test(o)?l=(async function*(f,p){var h=f.match(ei),y="--"+(h?h[1]:"-"),O=!0,_;for await(var k of ln(dn(p),`\r
`+y)){if(O){O=!1;var m=k.indexOf(y);if(m>-1)k=k.slice(m+y.length);else continue}try{yield _=JSON.parse(k.slice(k.indexOf(`\r
\r
`)+4))}catch(b){if(!_)throw b}if(_&&_.hasNext===!1)break}_&&_.hasNext!==!1&&(yield{hasNext:!1})})(o,a):/text\/event-stream/i.test(o)?l=(async function*(f){var p;for await(var h of ln(dn(f),`

`)){var y=h.match(ti);if(y){var O=y[1];try{yield p=JSON.parse(O)}catch(_){if(!p)throw _}if(p&&p.hasNext===!1)break}}p&&p.hasNext!==!1&&(yield{hasNext:!1})})(a):/text\//i.test(o)?l=(async function*(f){var p=await f.text();try{var h=JSON.parse(p);yield h}catch{throw new Error(p)}})(a):l=(async function*(f){yield JSON.parse(await f.text())})(a);var u;for await(var d of l)d.pending&&!s?u=d.pending:d.pending&&(u=[...u,...d.pending]),s=s?Zn(s,d,a,u):st(e,d,a),r=!1,yield s,r=!0;s||(yield s=st(e,{},a))}catch(c){if(!r)throw c;yield er(e,a&&(a.status<200||a.status>=300)&&a.statusText?new Error(a.statusText):c,a)}}function ri(e,t,i){var r;return typeof AbortController<"u"&&(i.signal=(r=new AbortController).signal),Un((()=>{r&&r.abort()}))(T((s=>!!s))(Qn(ni(e,t,i))))}var wt=(e,t)=>{if(Array.isArray(e))for(var i=0,r=e.length;i<r;i++)wt(e[i],t);else if(typeof e=="object"&&e!==null)for(var s in e)s==="__typename"&&typeof e[s]=="string"?t.add(e[s]):wt(e[s],t);return t},At=e=>{if("definitions"in e){for(var t=[],i=0,r=e.definitions.length;i<r;i++){var s=At(e.definitions[i]);t.push(s)}return{...e,definitions:t}}if("directives"in e&&e.directives&&e.directives.length){for(var a=[],o={},l=0,u=e.directives.length;l<u;l++){var d=e.directives[l],c=d.name.value;c[0]!=="_"?a.push(d):c=c.slice(1),o[c]=d}e={...e,directives:a,_directives:o}}if("selectionSet"in e){var f=[],p=e.kind===Ee.OPERATION_DEFINITION;if(e.selectionSet){for(var h=0,y=e.selectionSet.selections.length;h<y;h++){var O=e.selectionSet.selections[h];p=p||O.kind===Ee.FIELD&&O.name.value==="__typename"&&!O.alias;var _=At(O);f.push(_)}return p||f.push({kind:Ee.FIELD,name:{kind:Ee.NAME,value:"__typename"},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:f}}}}return e},cn=new Map,ii=e=>{var t=Yn(e),i=cn.get(t.__key);return i||(cn.set(t.__key,i=At(t)),Object.defineProperty(i,"__key",{value:t.__key,enumerable:!1})),i};function un(e){var t=i=>e(i);return t.toPromise=()=>Gr(Gn(1)(T((i=>!i.stale&&!i.hasNext))(t))),t.then=(i,r)=>t.toPromise().then(i,r),t.subscribe=i=>Ne(i)(t),t}function $e(e,t,i){return{...t,kind:e,context:t.context?{...t.context,...i}:i||t.context}}var fn=(e,t)=>$e(e.kind,e,{meta:{...e.context.meta,...t}}),si=()=>{},ht=({kind:e})=>e!=="mutation"&&e!=="query",ai=e=>{var t=ii(e.query);if(t!==e.query){var i=$e(e.kind,e);return i.query=t,i}else return e},oi=({forward:e,client:t,dispatchDebug:i})=>{var r=new Map,s=new Map,a=o=>o.kind==="query"&&o.context.requestPolicy!=="network-only"&&(o.context.requestPolicy==="cache-only"||r.has(o.key));return o=>{var l=De((d=>{var c=r.get(d.key),f=c||st(d,{data:null});return f={...f,operation:fn(d,{cacheOutcome:c?"hit":"miss"})},d.context.requestPolicy==="cache-and-network"&&(f.stale=!0,hn(t,d)),f}))(T((d=>!ht(d)&&a(d)))(o)),u=Hn((d=>{var{operation:c}=d;if(c){var f=c.context.additionalTypenames||[];if(d.operation.kind!=="subscription"&&(f=(B=>[...wt(B,new Set)])(d.data).concat(f)),d.operation.kind==="mutation"||d.operation.kind==="subscription"){for(var p=new Set,h=0;h<f.length;h++){var y=f[h],O=s.get(y);O||s.set(y,O=new Set);for(var _ of O.values())p.add(_);O.clear()}for(var k of p.values())r.has(k)&&(c=r.get(k).operation,r.delete(k),hn(t,c))}else if(c.kind==="query"&&d.data){r.set(c.key,d);for(var m=0;m<f.length;m++){var b=f[m],v=s.get(b);v||s.set(b,v=new Set),v.add(c.key)}}}}))(e(T((d=>d.kind!=="query"||d.context.requestPolicy!=="cache-only"))(De((d=>fn(d,{cacheOutcome:"miss"})))(ye([De(ai)(T((d=>!ht(d)&&!a(d)))(o)),T((d=>ht(d)))(o)])))));return ye([l,u])}},hn=(e,t)=>e.reexecuteOperation($e(t.kind,t,{requestPolicy:"network-only"})),di=({forwardSubscription:e,enableAllOperations:t,isSubscriptionOperation:i})=>({client:r,forward:s})=>{var a=i||(o=>o.kind==="subscription"||!!t&&(o.kind==="query"||o.kind==="mutation"));return o=>{var l=Vt((d=>{var{key:c}=d,f=T((p=>p.kind==="teardown"&&p.key===c))(o);return Ut(f)((p=>{var h=e(tr(p),p);return Kn((y=>{var O=!1,_,k;function m(b){y.next(k=k?Zn(k,b):st(p,b))}return Promise.resolve().then((()=>{O||(_=h.subscribe({next:m,error(b){Array.isArray(b)?m({errors:b}):y.next(er(p,b)),y.complete()},complete(){O||(O=!0,k&&k.hasNext?m({hasNext:!1}):p.kind==="subscription"&&r.reexecuteOperation($e("teardown",p,p.context)),y.complete())}}))})),()=>{O=!0,_&&_.unsubscribe()}}))})(d))}))(T((d=>d.kind!=="teardown"&&a(d)))(o)),u=s(T((d=>d.kind==="teardown"||!a(d)))(o));return ye([l,u])}},li=({forward:e,dispatchDebug:t})=>i=>{var r=Vt((a=>{var o=tr(a),l=Wr(a,o),u=Zr(a,o),d=Ut(T((c=>c.kind==="teardown"&&c.key===a.key))(i))(ri(a,l,u));return d}))(T((a=>a.kind!=="teardown"&&(a.kind!=="subscription"||!!a.context.fetchSubscriptions)))(i)),s=e(T((a=>a.kind==="teardown"||a.kind==="subscription"&&!a.context.fetchSubscriptions))(i));return ye([r,s])},ci=e=>({client:t,forward:i,dispatchDebug:r})=>e.reduceRight(((s,a)=>a({client:t,forward(o){return be(s(be(o)))},dispatchDebug(o){}})),i),ui=({dispatchDebug:e})=>t=>T((i=>!1))(t),fi=function e(t){var i=0,r=new Map,s=new Map,a=new Set,o=[],l={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod!=null?t.preferGetMethod:"within-url-limit",requestPolicy:t.requestPolicy||"cache-first"},u=Wn();function d(m){(m.kind==="mutation"||m.kind==="teardown"||!a.has(m.key))&&(m.kind==="teardown"?a.delete(m.key):m.kind!=="mutation"&&a.add(m.key),u.next(m))}var c=!1;function f(m){if(m&&d(m),!c){for(c=!0;c&&(m=o.shift());)d(m);c=!1}}var p=m=>{var b=Ut(T((v=>v.kind==="teardown"&&v.key===m.key))(u.source))(T((v=>v.operation.kind===m.kind&&v.operation.key===m.key&&(!v.operation.context._instance||v.operation.context._instance===m.context._instance)))(k));return m.kind!=="query"?b=zn((v=>!!v.hasNext),!0)(b):b=St((v=>{var B=le(v);return v.stale||v.hasNext?B:ye([B,De((()=>(v.stale=!0,v)))(Gn(1)(T((X=>X.key===m.key))(u.source)))])}))(b),m.kind!=="mutation"?b=Un((()=>{a.delete(m.key),r.delete(m.key),s.delete(m.key),c=!1;for(var v=o.length-1;v>=0;v--)o[v].key===m.key&&o.splice(v,1);d($e("teardown",m,m.context))}))(Hn((v=>{if(v.stale)if(!v.hasNext)a.delete(m.key);else for(var B=0;B<o.length;B++){var X=o[B];if(X.key===v.operation.key){a.delete(X.key);break}}else v.hasNext||a.delete(m.key);r.set(m.key,v)}))(b)):b=nn((()=>{d(m)}))(b),be(b)},h=this instanceof e?this:Object.create(e.prototype),y=Object.assign(h,{suspense:!!t.suspense,operations$:u.source,reexecuteOperation(m){if(m.kind==="teardown")f(m);else if(m.kind==="mutation")o.push(m),Promise.resolve().then(f);else if(s.has(m.key)){for(var b=!1,v=0;v<o.length;v++)o[v].key===m.key&&(o[v]=m,b=!0);b||a.has(m.key)&&m.context.requestPolicy!=="network-only"?(a.delete(m.key),Promise.resolve().then(f)):(o.push(m),Promise.resolve().then(f))}},createRequestOperation(m,b,v){return v||(v={}),$e(m,b,{_instance:m==="mutation"?i=i+1|0:void 0,...l,...v,requestPolicy:v.requestPolicy||l.requestPolicy,suspense:v.suspense||v.suspense!==!1&&y.suspense})},executeRequestOperation(m){return m.kind==="mutation"?un(p(m)):un(Vr((()=>{var b=s.get(m.key);b||s.set(m.key,b=p(m)),b=nn((()=>{f(m)}))(b);var v=r.get(m.key);return m.kind==="query"&&v&&(v.stale||v.hasNext)?St(le)(ye([b,T((B=>B===r.get(m.key)))(le(v))])):b})))},executeQuery(m,b){var v=y.createRequestOperation("query",m,b);return y.executeRequestOperation(v)},executeSubscription(m,b){var v=y.createRequestOperation("subscription",m,b);return y.executeRequestOperation(v)},executeMutation(m,b){var v=y.createRequestOperation("mutation",m,b);return y.executeRequestOperation(v)},readQuery(m,b,v){var B=null;return Ne((X=>{B=X}))(y.query(m,b,v)).unsubscribe(),B},query:(m,b,v)=>y.executeQuery(We(m,b),v),subscription:(m,b,v)=>y.executeSubscription(We(m,b),v),mutation:(m,b,v)=>y.executeMutation(We(m,b),v)}),O=si,_=ci(t.exchanges),k=be(_({client:y,dispatchDebug:O,forward:ui({dispatchDebug:O})})(u.source));return Hr(k),y},Oe,D,mt,mn,Ft=Object.is,Re=0,nr=[],Ct=[],x=F,pn=x.__b,gn=x.__r,vn=x.diffed,yn=x.__c,bn=x.unmount,_n=x.__;function lt(e,t){x.__h&&x.__h(D,e,Re||t),Re=0;var i=D.__H||(D.__H={__:[],__h:[]});return e>=i.__.length&&i.__.push({}),i.__[e]}function Q(e){return Re=1,hi(ir,e)}function hi(e,t,i){var r=lt(Oe++,2);if(r.t=e,!r.__c&&(r.__=[ir(void 0,t),function(a){var o=(r.__N||r.__)[0],l=r.t(o,a);Ft(o,l)||(r.__N=[l,r.__[1]],r.__c.setState({}))}],r.__c=D,!D.__f)){D.__f=!0;var s=D.shouldComponentUpdate;D.shouldComponentUpdate=function(a,o,l){var u=this.__H;if(!u)return!0;var d=!1,c=this.props!=a;if(u.__.some(function(p){p.__N&&(d=!0,Ft(p.__[0],p.__N[0])||(c=!0))}),s){var f=s.call(this,a,o,l);return d?f||c:f}return!d||c}}return r.__}function ee(e,t){var i=lt(Oe++,3);!x.__s&&rr(i.__H,t)&&(i.__P=!0,i.__=e,i.u=t,D.__H.__h.push(i))}function zt(e){return Re=5,Be(function(){return{current:e}},[])}function Be(e,t){var i=lt(Oe++,7);return rr(i.__H,t)&&(i.__=e(),i.__H=t),i.__}function pt(e,t){return Re=8,Be(function(){return e},t)}function Le(e){var t=D.context[e.__c],i=lt(Oe++,9);return i.c=e,t?(i.__==null&&(i.__=!0,t.sub(D)),t.props.value):e.__}function mi(){var e;do{for(;e=Ct.shift();)try{xe(e)}catch(i){x.__e(i,{__:(e=e.__P)&&e.__v})}for(;e=nr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xe),t.__h.some(Et),t.__h=[]}catch(i){t.__h=[],x.__e(i,e.__v)}}}while(Ct.length)}x.__b=function(e){D=null,pn&&pn(e)},x.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_n&&_n(e,t)},x.__r=function(e){gn&&gn(e),Oe=0;var t=(D=e.__c).__H;t&&(mt==D?D.__h=[]:(t.__h.some(xe),t.__h.some(Et),Oe=0),t.__h=[],t.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),mt=D},x.diffed=function(e){vn&&vn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&On(nr.push(t)),t.__H.__.some(function(i){i.u&&(i.__H=i.u)})),mt=D=null},x.__c=function(e,t){t.some(function(i){try{i.__h.some(xe),i.__h=i.__h.filter(function(r){return!r.__||Et(r)})}catch(r){i.__h=[function(){throw r}]}}),yn&&yn(e,t)},x.unmount=function(e){bn&&bn(e);var t,i,r=e.__c;r&&r.__H&&(r.__H.__.some(function(s){try{if(s.__P&&s.__c){if(i===void 0){for(i=e.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}s.__P=i,On(Ct.push(s))}else xe(s)}catch(a){t=a}}),r.__H=void 0,t&&x.__e(t,r.__v))};var $n=typeof requestAnimationFrame=="function";function pi(e){var t,i=function(){clearTimeout(r),$n&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(i,35);$n&&(t=requestAnimationFrame(i))}function On(e){e!=1&&mn==x.requestAnimationFrame||((mn=x.requestAnimationFrame)||pi)(mi)}function xe(e){var t=D,i=e.__c;typeof i=="function"&&(e.__c=void 0,i()),D=t}function Et(e){var t=D;e.__c=e.__(),D=t}function rr(e,t){return!e||e.length!=t.length||t.some(function(i,r){return!Ft(i,e[r])})}function ir(e,t){return typeof t=="function"?t(e):t}var gi={},ct=jt(gi),vi=ct.Provider;ct.Consumer;ct.displayName="UrqlContext";var yi=()=>{var e=Le(ct);return e},gt=!1,bi=(e,t)=>e===t||!(!e||!t||e.key!==t.key),_i=(e,t)=>{if(typeof e!="object"||typeof t!="object")return e!==t;for(var i in e)if(!(i in t))return!0;for(var r in t)if(r==="operation"?!bi(e[r],t[r]):e[r]!==t[r])return!0;return!1};function $i(e,t){var[i,r]=Be((()=>{var o=Wn();return[Vn([le(e),o.source]),l=>{l!==e&&o.next(e=l)}]}),[]),[s,a]=Q((()=>{gt=!0;var o;try{Ne((l=>{o=l}))(t(le(e))).unsubscribe()}finally{gt=!1}return o}));return ee((()=>Ne((o=>{gt||a((l=>_i(l,o)?o:l))}))(t(i,s)).unsubscribe),[i]),[s,r]}function Oi(e,t){var i=zt(void 0);return Be((()=>{var r=We(e,t);return i.current!==void 0&&i.current.key===r.key?i.current:(i.current=r,r)}),[e,t])}var ki={fetching:!1,stale:!1,hasNext:!1,error:void 0,data:void 0,extensions:void 0,operation:void 0},vt=(e,t)=>t&&t.suspense!==void 0?!!t.suspense:e.suspense,yt=new Map;function Si(e){var t=yi(),i=Oi(e.query,e.variables),r=pt((u=>{var d=vt(t,e.context),c=d?yt.get(i.key):void 0;return c||(c=t.executeQuery(i,{requestPolicy:e.requestPolicy,...e.context,...u}),d&&(c=(function(p){var h=be(p),y,O;return _=>{var k=!1;if(zn((b=>(y===void 0&&Promise.resolve(b).then(O),y=b,!k)))(h)(_),y!==void 0){var m=[y];m.tag=1,_(m)}else throw k=!0,_(0),new Promise((b=>{O=b}))}})(c),typeof window<"u"&&yt.set(i.key,c))),c}),[t,i,e.requestPolicy,e.context]),s=Be((()=>e.pause?null:r()),[e.pause,r]),[a,o]=$i(s,pt(((u,d)=>Mr(((c,f)=>({...c,...f})),d||ki)(St((c=>c?Vn([le({fetching:!0,stale:!1}),De((({stale:f,data:p,error:h,extensions:y,operation:O,hasNext:_})=>({fetching:!1,stale:!!f,hasNext:_,data:p,error:h,operation:O,extensions:y})))(c),le({fetching:!1,stale:!1,hasNext:!1})]):le({fetching:!1,stale:!1,hasNext:!1})))(u))),[])),l=pt((u=>{o(r({suspense:!1,...u}))}),[o,r]);return ee((()=>{yt.delete(i.key),vt(t,e.context)||o(s)}),[o,t,s,i,e.context]),vt(t,e.context)&&o(s),[a,l]}const sr=new URL("/graphql",location.href).toString(),Dt=gr({url:sr.replace(/^http/,"ws"),lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0}),Qt=new fi({url:sr,preferGetMethod:!1,requestPolicy:"cache-and-network",exchanges:[oi,li,di({forwardSubscription(e){const t={...e,query:e.query||""};return{subscribe(i){return{unsubscribe:Dt.subscribe(t,i)}}}}})]});function H(e,t,i=!1){return Si({query:e.toString(),variables:t,pause:i})}async function ke(e,t){const i=await Qt.query(e.toString(),t,{requestPolicy:"network-only"}).toPromise();if(i.error)throw i.error;if(!i.data)throw new Error("the server answered no data");return i.data}const Ii=["valid","pos","known","pub"];function ar(e){const t=e.replace(/^#/,""),i=t.indexOf("?"),r=i<0?t:t.slice(0,i),s=new URLSearchParams(i<0?"":t.slice(i+1));return{path:r.split("/").filter(Boolean).map(decodeURIComponent),params:s}}function ut(e,t){const i=t instanceof URLSearchParams?new URLSearchParams(t):new URLSearchParams;if(!(t instanceof URLSearchParams))for(const[s,a]of Object.entries(t))a&&i.set(s,a);for(const[s,a]of[...i.entries()])a||i.delete(s);const r=i.toString();return"#/"+e.map(encodeURIComponent).join("/")+(r?"?"+r:"")}function wi(){const[e,t]=Q(location.hash);return ee(()=>{const i=()=>t(location.hash);return addEventListener("hashchange",i),()=>removeEventListener("hashchange",i)},[]),ar(e)}function ft(){return ar(location.hash)}function C(e,t={},i=ft()){const r=new URLSearchParams;for(const s of Ii){const a=i.params.get(s);a&&r.set(s,a)}for(const[s,a]of Object.entries(t))a?r.set(s,a):r.delete(s);return ut(e,r)}function or(e){location.hash!==e&&(location.hash=e)}function q(e,t=!1){const i=ft(),r=new URLSearchParams(i.params);r.delete("basis");for(const[a,o]of Object.entries(e))o?r.set(a,o):r.delete(a);const s=ut(i.path,r);t?(history.replaceState(null,"",s),dispatchEvent(new HashChangeEvent("hashchange"))):or(s)}const dr=new Set;function Ai(e){const t=ft();if(t.params.has("pos")||t.params.has("known"))return;const i=`${e.position},${e.validAt}`;if(t.params.get("basis")===i)return;const r=new URLSearchParams(t.params);r.set("basis",i);const s=ut(t.path,r);dr.add(s),history.replaceState(history.state,"",s)}function Jt(e){const t=e.params.get("basis");if(!t||dr.has(ut(e.path,e.params)))return null;const i=/^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(t);return i?{position:Number(i[1]),validAt:i[2]}:null}function Z(e){const t={},i=e.params.get("valid"),r=e.params.get("pos"),s=e.params.get("known"),a=Jt(e),o=e.params.get("pub");return i&&(t.validAt=i),o&&(t.publishedBy=o),r&&/^\d+$/.test(r)?t.position=Number(r):s?t.knownAt=s:a&&(t.position=a.position,t.validAt??=a.validAt),Object.keys(t).length?t:void 0}function Fi(e){return e.params.has("pos")||e.params.has("known")||Jt(e)!==null}const Kt=jt({head:null,events:[],connected:!1});function re(e,t){const{events:i}=Le(Kt),r=i.length?i[i.length-1].position:0,s=zt(r),a=Fi(e)||e.params.has("after")||e.params.has("before");ee(()=>{r>s.current&&!a&&t(),s.current=r},[r,a])}class w extends String{__apiType;value;__meta__;constructor(t,i){super(t),this.value=t,this.__meta__=i}toString(){return this.value}}const Ci=new w(`
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
    `,{fragmentName:"SummaryFields"}),Ei=new w(`
    fragment BasisFields on Basis {
  position
  validAt
  publishedBy
}
    `,{fragmentName:"BasisFields"}),Di=new w(`
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
    `,{fragmentName:"EventFields"}),xi=new w(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `,{fragmentName:"SourceFields"}),Ni=new w(`
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
}`,{fragmentName:"LinkFields"}),Ri=new w(`
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
}`,{fragmentName:"RecordFields"}),Pi=new w(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `),Bi=new w(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `),Li=new w(`
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
}`),Ti=new w(`
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
}`),qi=new w(`
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
}`),ji=new w(`
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
}`),Mi=new w(`
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
}`),Vi=new w(`
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
}`),Ui=new w(`
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
}`),Hi=new w(`
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
}`),Gi=new w(`
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
}`),zi=new w(`
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
}`),Qi=new w(`
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
}`),Ji=new w(`
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
}`),Ki=new w(`
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
    `),Wi=new w(`
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
    `),Yi=new w(`
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
    `),Xi=new w(`
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
}`),Zi=new w(`
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
    `),rs=new w(`
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
}`),is=new w(`
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
}`),as={"\n  fragment BasisFields on Basis {\n    position\n    validAt\n    publishedBy\n  }\n":Ei,"\n  fragment SourceFields on Source {\n    sourceId\n    citation\n    title\n    publisher\n    url\n    official\n    publishedOn\n  }\n":xi,"\n  fragment EventFields on LedgerEvent {\n    position\n    eventId\n    type\n    stream\n    version\n    recordedAt\n    actor\n    command\n    data\n    hash\n    subject { kind id }\n  }\n":Di,"\n  fragment SummaryFields on RecordSummary {\n    ref { kind id }\n    known\n    retracted\n    label\n    jurisdiction\n    date\n    status\n  }\n":Ci,"\n  fragment LinkFields on Link {\n    id\n    relation\n    assertedBy\n    evidence\n    knownSince\n    fromRef { kind id }\n    toRef { kind id }\n    sources { ...SourceFields }\n  }\n":Ni,"\n  fragment RecordFields on Record {\n    id\n    recordId\n    kind\n    version\n    knownSince\n    basis { ...BasisFields }\n    history { ...EventFields }\n    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }\n    retraction { id eventId reason sources { ...SourceFields } }\n    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }\n    outgoingLinks { ...LinkFields }\n    incomingLinks { ...LinkFields }\n  }\n":Ri,"\n  query LedgerHead {\n    ledger { head signingKey { keyId } }\n  }\n":Pi,"\n  query TreeHead($size: Int) {\n    treeHead(size: $size) { size rootHash }\n  }\n":Bi,"\n  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        measureType\n        implementingJurisdiction\n        announcedOn\n        authority { id name }\n        affected { jurisdiction how }\n      }\n    }\n  }\n":Li,"\n  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        party { id name jurisdiction schema }\n        list\n        listEntryId\n        programs\n        status\n        effectiveOn\n        effectiveNotBefore\n        delistedOn\n      }\n    }\n  }\n":Ti,"\n  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        announcedOn\n        target { id name jurisdiction }\n        acquirers { id name jurisdiction }\n      }\n    }\n  }\n":qi,"\n  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        name\n        level\n        establishedOn\n        parties { id name jurisdiction }\n        meetings { id }\n      }\n    }\n  }\n":ji,"\n  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        actionKind\n        openedOn\n        summary\n        closed\n        authority { id name jurisdiction }\n      }\n    }\n  }\n":Mi,"\n  query Search($asOf: AsOf, $text: String!, $id: ID!) {\n    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {\n      totalCount\n      basis { ...BasisFields }\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {\n      totalCount\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byName: designations(asOf: $asOf, filter: { name: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    measure(recordId: $id, asOf: $asOf) { recordId title status }\n    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }\n    transaction(recordId: $id, asOf: $asOf) { recordId title status }\n    dialogue(recordId: $id, asOf: $asOf) { recordId name }\n    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }\n    source(recordId: $id, asOf: $asOf) { recordId title publisher }\n    transactions(asOf: $asOf, first: 100) {\n      nodes { recordId title status target { id name } acquirers { id name } }\n    }\n    dialogues(asOf: $asOf, first: 100) {\n      nodes { recordId name parties { id name } }\n    }\n    enforcementActions(asOf: $asOf, first: 100) {\n      nodes { recordId summary targets { id name } }\n    }\n  }\n":Vi,"\n  query MeasureRecord($id: ID!, $asOf: AsOf) {\n    record: measure(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      summary\n      status\n      measureType\n      implementingJurisdiction\n      countryNeutral\n      announcedOn\n      authority { id name jurisdiction }\n      affected { jurisdiction how }\n      items { scheme code description }\n      instrument { title citation legalBasis }\n      provisions { id title effectiveOn endsOn status suspension { id from until } }\n      dates { kind date precision note }\n      sources { ...SourceFields }\n      amendments {\n        id\n        effectiveOn\n        summary\n        instrument { title citation }\n        endProvisions\n        addProvisions { id title effectiveOn }\n      }\n      suspensions { id provisionIds from until reason end { endedOn how reason } }\n      revocation { effectiveOn reason }\n      expiry { expiredOn reason }\n    }\n  }\n":Ui,"\n  query DesignationRecord($id: ID!, $asOf: AsOf) {\n    record: designation(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      party { id name jurisdiction schema properties { name values } }\n      list\n      listEntryId\n      programs\n      remarks\n      effectiveNotBefore\n      amendments { amendmentId effectiveOn effectiveNotBefore inEffect summary changes { field old new } }\n      listAuthority { id name jurisdiction }\n      status\n      licenceRequirement\n      reviewPolicy\n      footnotes\n      savingsClauseUntil\n      effectiveOn\n      delistedOn\n      measureId\n      instrument { title citation legalBasis }\n      sources { ...SourceFields }\n    }\n  }\n":Hi,"\n  query TransactionRecord($id: ID!, $asOf: AsOf) {\n    record: transaction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      status\n      announcedOn\n      outsideDate\n      acquirers { id name jurisdiction }\n      target { id name jurisdiction }\n      value { amount currency }\n      sources { ...SourceFields }\n      reviews {\n        id\n        regime\n        trigger\n        openedOn\n        outcome\n        concludedOn\n        conditions\n        summary\n        authority { id name jurisdiction }\n      }\n      termination { terminatedOn reason }\n      completion { completedOn }\n    }\n  }\n":Gi,"\n  query DialogueRecord($id: ID!, $asOf: AsOf) {\n    record: dialogue(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      name\n      level\n      cadence\n      purpose\n      establishedOn\n      parties { id name jurisdiction }\n      sources { ...SourceFields }\n      meetings {\n        id\n        title\n        heldOn\n        place\n        level\n        outcomes\n        participants { name role jurisdiction }\n        sources { ...SourceFields }\n      }\n    }\n  }\n":zi,"\n  query EnforcementRecord($id: ID!, $asOf: AsOf) {\n    record: enforcementAction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      actionKind\n      openedOn\n      summary\n      closed\n      legalBasis\n      authority { id name jurisdiction }\n      targets { id name jurisdiction }\n      sources { ...SourceFields }\n      findings { id issuedOn outcome final summary }\n    }\n  }\n":Qi,"\n  query SourceRecord($id: ID!, $asOf: AsOf) {\n    record: source(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      publisher\n      citation\n      url\n      official\n      language\n      sha256\n      publishedOn\n    }\n  }\n":Ji,"\n  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {\n    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {\n      nodes { validFrom validUntil event { type } }\n    }\n  }\n":Ki,"\n  query SummaryAt($id: ID!, $asOf: AsOf) {\n    measure(recordId: $id, asOf: $asOf) { status }\n    designation(recordId: $id, asOf: $asOf) { status }\n    transaction(recordId: $id, asOf: $asOf) { status }\n    enforcementAction(recordId: $id, asOf: $asOf) { closed }\n  }\n":Wi,"\n  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {\n    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {\n      entries {\n        event {\n          position\n          hash\n          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }\n        }\n      }\n    }\n    treeHead(size: $treeSize) { size rootHash }\n  }\n":Yi,"\n  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {\n    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      basis { ...BasisFields }\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        record { kind id }\n        validFrom\n        validUntil\n        correctedAt\n        retractedAt\n        event { position type recordedAt actor command data }\n      }\n    }\n  }\n":Xi,"\n  query Diff($from: AsOf!, $to: AsOf!) {\n    diff(from: $from, to: $to) {\n      fromBasis { ...BasisFields }\n      toBasis { ...BasisFields }\n      changes {\n        record { ...SummaryFields }\n        what\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n":Zi,"\n  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {\n    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {\n      basis { ...BasisFields }\n      root { kind id }\n      truncated\n      nodes { depth record { ...SummaryFields } }\n      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":es,"\n  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {\n    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {\n      basis { ...BasisFields }\n      steps {\n        by\n        against\n        measure { ...SummaryFields }\n        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }\n      }\n      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":ts,"\n  subscription LiveEvents($after: Int) {\n    ledgerEvents(after: $after) {\n      position\n      type\n      recordedAt\n      actor\n      subject { kind id }\n    }\n  }\n":ns,"\n  query Lists($asOf: AsOf) {\n    lists(asOf: $asOf) {\n      list\n      basis { ...BasisFields }\n      snapshots\n      publishedAt\n      ageSeconds\n      listed\n      lastSnapshot { recordId title sha256 }\n    }\n  }\n":rs,"\n  query ListDelta($list: ID!, $from: AsOf!, $to: AsOf!, $first: Int, $after: String) {\n    listDelta(list: $list, from: $from, to: $to, first: $first, after: $after) {\n      from { ...BasisFields }\n      to { ...BasisFields }\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        op\n        designation { recordId listEntryId party { id name } }\n        changes { field old new }\n      }\n    }\n  }\n":is,"\n  query ScreenParty($query: ScreenQuery!, $asOf: AsOf, $threshold: Float, $first: Int) {\n    screen(query: $query, asOf: $asOf, threshold: $threshold, first: $first) {\n      basis { ...BasisFields }\n      name\n      threshold\n      candidates {\n        score\n        nameScore\n        matchedName\n        nameKind\n        how\n        agreed { name query record }\n        conflicted { name query record }\n        designation { recordId list status effectiveOn delistedOn programs party { id name schema } }\n      }\n    }\n  }\n":ss};function A(e){return as[e]??{}}A(`
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
`),lr=A(`
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
`),Wt=jt({basis:null,setBasis:()=>{}});function J(e){const{setBasis:t}=Le(Wt),i=e?`${e.position}/${e.validAt}`:"";ee(()=>{t(e??null),e&&Ai(e)},[i])}function Ds(){return new Date().toISOString().slice(0,10)}function xs({route:e}){const t=e.params.get("valid")??"",i=e.params.get("pos")??"",r=e.params.get("known")??"",s=e.params.get("pub")??"",a=i?"position":r?"time":"all",[o,l]=Q(a);return ee(()=>l(a),[a]),n("form",{class:"time-controls","aria-label":"Time controls",onSubmit:u=>{u.preventDefault();const d=new FormData(u.currentTarget),c=String(d.get("mode")),f=String(d.get("known")??""),p=String(d.get("pub")??"");q({valid:String(d.get("valid")??""),pub:p?new Date(p+"Z").toISOString():void 0,pos:c==="position"?String(d.get("pos")??""):void 0,known:c==="time"&&f?new Date(f+"Z").toISOString():void 0,after:void 0,before:void 0,root:void 0})},children:[n("label",{children:["Valid on ",n("input",{type:"date",name:"valid",defaultValue:t,"aria-describedby":"valid-help"},`v-${t}`)]}),n("span",{id:"valid-help",class:"help",children:t?"":`today (${Ds()})`}),n("label",{children:["Knowledge"," ",n("select",{name:"mode",value:o,onChange:u=>l(u.currentTarget.value),children:[n("option",{value:"all",children:"everything recorded"}),n("option",{value:"position",children:"as of ledger position"}),n("option",{value:"time",children:"as recorded by time (UTC)"})]})]}),o==="position"&&n("label",{children:["Position ",n("input",{type:"number",name:"pos",min:0,defaultValue:i,required:!0},`p-${i}`)]}),o==="time"&&n("label",{children:["Recorded by"," ",n("input",{type:"datetime-local",name:"known",step:1,defaultValue:r?r.slice(0,19):"",required:!0},`k-${r}`)]}),n("label",{children:["Published by"," ",n("input",{type:"datetime-local",name:"pub",step:1,defaultValue:s?s.slice(0,19):"","aria-describedby":"pub-help"},`b-${s}`)]}),n("span",{id:"pub-help",class:"help",children:s?"":"any publication date"}),n("button",{type:"submit",children:"Apply"}),(t||i||r||s)&&n("button",{type:"button",onClick:()=>q({valid:void 0,pos:void 0,known:void 0,pub:void 0,after:void 0,before:void 0,root:void 0}),children:"Reset to today, everything"})]})}function Ns(){const{basis:e}=Le(Wt),[t,i]=Q(null),[r,s]=Q("");return n("div",{class:"cite",children:[n("button",{type:"button",disabled:!e,onClick:async()=>{if(e){s("");try{const{treeHead:a}=await ke(lr,{size:e.position}),o=ft(),l=C(o.path,{...Object.fromEntries(o.params),valid:e.validAt,pos:String(e.position),known:void 0,pub:e.publishedBy??void 0,basis:void 0,root:a.rootHash}),u=location.origin+location.pathname+l;let d=!1;try{await navigator.clipboard.writeText(u),d=!0}catch{d=!1}i({url:u,copied:d})}catch(a){s(a.message)}}},children:"Cite this view"}),t&&n("div",{class:"cited",role:"status",children:n("label",{children:[t.copied?"Copied: ":"Copy this link: ",n("input",{class:"cite-url",readOnly:!0,value:t.url,size:60,onFocus:a=>a.currentTarget.select()})]})}),r&&n("p",{class:"error",role:"alert",children:["Could not cite: ",r]})]})}function Rs({route:e}){const t=e.params.get("root"),i=e.params.get("pos"),[r,s]=Q("checking"),[a,o]=Q("");return ee(()=>{!t||!i||(s("checking"),ke(lr,{size:Number(i)}).then(({treeHead:l})=>{o(l.rootHash),s(l.rootHash.toLowerCase()===t.toLowerCase()?"match":"differs")}).catch(()=>s("error")))},[t,i]),!t||!i?null:n("p",{class:`cited-root ${r}`,role:"status",children:["Cited view: the ledger's first ",i," events had Merkle root ",n("code",{class:"hash",children:[t.slice(0,16),"…"]})," ",r==="checking"&&"(checking…)",r==="match"&&n("strong",{children:["✓ this server's tree head at ",i," is the same"]}),r==="differs"&&n("strong",{children:["✗ this server's tree head at ",i," differs: ",n("code",{class:"hash",children:[a.slice(0,16),"…"]})]}),r==="error"&&n("strong",{children:["the server could not give a tree head at ",i]})]})}function Ps({route:e,head:t}){const i=Jt(e);if(!i||e.params.has("pos")||e.params.has("known"))return null;const r=new URLSearchParams(e.params);return r.delete("basis"),n("p",{class:"notice linked-basis",role:"status",children:["This link shows the answer at ledger position ",n("strong",{children:i.position}),", valid date ",n("strong",{children:i.validAt}),", as when the link was made",t!==null&&t>i.position?`; the ledger has recorded up to position ${t} since`:"","."," ",n("a",{href:"#/"+e.path.map(encodeURIComponent).join("/")+(r.toString()?"?"+r.toString():""),children:"Show the latest"})]})}function Y({basis:e,label:t="Answer"}){return e?n("p",{class:"basis",children:[t," as of valid date ",n("strong",{children:e.validAt}),", ledger position ",n("strong",{children:e.position}),e.publishedBy&&n(S,{children:[", published by ",n("strong",{children:e.publishedBy})]})]}):null}function G({value:e}){return e?n("span",{class:`status status-${e.toLowerCase()}`,children:e.replace(/_/g," ").toLowerCase()}):null}function Te({sources:e}){return e.length?n("ul",{class:"sources",children:e.map((t,i)=>n("li",{children:[t.url?n("a",{href:t.url,rel:"noopener noreferrer",target:"_blank",children:t.title}):t.title,t.citation&&n(S,{children:[" · ",n("cite",{children:t.citation})]})," · ",t.publisher,t.publishedOn&&n(S,{children:[" · ",t.publishedOn]}),t.official?" · official":" · unofficial",t.sourceId&&n(S,{children:[" · ",n("a",{href:C(["record","SOURCE",t.sourceId]),children:["source record ",t.sourceId]})]})]},i))}):n("p",{class:"muted",children:"No sources."})}function N({error:e}){if(!e)return null;const t=e,i=t.graphQLErrors?.length?t.graphQLErrors.map(r=>`${r.message}${r.extensions?.code?` (${r.extensions.code})`:""}`):[t.networkError?`the server could not be reached: ${t.networkError.message}`:e.message];return n("div",{class:"error",role:"alert",children:i.map((r,s)=>n("p",{children:r},s))})}function R(){return n("p",{class:"loading",role:"status",children:"Loading…"})}function qe({info:e,total:t,shown:i,route:r}){const s=!r.params.get("after")&&!r.params.get("before");return n("nav",{class:"pager","aria-label":"Pages",children:[n("span",{children:[i," shown of ",t]}),n("button",{type:"button",disabled:s,onClick:()=>q({after:void 0,before:void 0}),children:"First page"}),n("button",{type:"button",disabled:s||!e.hasPreviousPage||!e.startCursor,onClick:()=>q({before:e.startCursor??void 0,after:void 0}),children:"Previous page"}),n("button",{type:"button",disabled:!e.hasNextPage||!e.endCursor,onClick:()=>q({after:e.endCursor??void 0,before:void 0}),children:"Next page"})]})}function je(e,t=25){const i=e.params.get("after"),r=e.params.get("before");return r?{last:t,before:r,asOf:Z(e)}:{first:t,after:i??void 0,asOf:Z(e)}}function L({title:e,children:t,id:i}){return n("section",{"aria-labelledby":i??kn(e),children:[n("h2",{id:i??kn(e),children:e}),t]})}function kn(e){return"h-"+e.toLowerCase().replace(/[^a-z0-9]+/g,"-")}const Bs=new Set(["MEASURE","DESIGNATION","TRANSACTION","DIALOGUE","ENFORCEMENT","SOURCE"]);function P({kind:e,id:t,children:i}){return Bs.has(e)?n("a",{href:C(["record",e,t]),children:i??t}):n("span",{children:i??`${e.toLowerCase()} ${t}`})}function Pe({party:e}){return n("a",{href:C(["timeline"],{subject:`party:${e.id}`}),children:e.name})}function Yt(e,t=", "){return e.flatMap((i,r)=>r?[t,i]:[i])}const Ls=["NOT_YET_ANNOUNCED","ANNOUNCED","IN_FORCE","PARTLY_SUSPENDED","SUSPENDED","REVOKED","EXPIRED"],Ts=["EXPORT_CONTROL","EXPORT_BAN","ENTITY_LISTING","END_USE_CONTROL","FOREIGN_DIRECT_PRODUCT_RULE","IMPORT_BAN","PROCUREMENT_RESTRICTION","INVESTMENT_RESTRICTION"],qs=["NOT_YET_DESIGNATED","DESIGNATED","DELISTED"],ot=e=>e.replace(/_/g," ").toLowerCase();function cr({route:e,children:t,label:i}){return n("form",{class:"filters","aria-label":i,onSubmit:r=>{r.preventDefault();const s=new FormData(r.currentTarget),a={after:void 0,before:void 0},o={};for(const[l,u]of s.entries())l.endsWith("[]")?(o[l.slice(0,-2)]??=[]).push(String(u)):a[l]=String(u).trim()||void 0;for(const l of r.currentTarget.querySelectorAll("fieldset[data-multi]")){const u=l.dataset.multi;a[u]=o[u]?.join(",")||void 0}q(a)},children:[t,n("button",{type:"submit",children:"Filter"})]},e.params.toString())}function ne({route:e,name:t,label:i,placeholder:r}){return n("label",{children:[i," ",n("input",{name:t,defaultValue:e.params.get(t)??"",placeholder:r})]})}function ur({route:e,name:t,legend:i,values:r}){const s=new Set((e.params.get(t)??"").split(",").filter(Boolean));return n("fieldset",{"data-multi":t,children:[n("legend",{children:i}),r.map(a=>n("label",{class:"check",children:[n("input",{type:"checkbox",name:`${t}[]`,value:a,defaultChecked:s.has(a)})," ",ot(a)]},a))]})}function fr(e,t){const i=e.params.get(t);return i?i.split(",").filter(Boolean):void 0}function js({route:e}){const t=o=>e.params.get(o)||void 0,i={jurisdiction:t("jurisdiction"),implementingJurisdiction:t("implementing"),affectedJurisdiction:t("affected"),authorityId:t("authority"),measureType:t("type"),item:t("item"),text:t("text"),status:fr(e,"status")},[r,s]=H(ds,{...je(e),filter:i});re(e,()=>s({requestPolicy:"network-only"}));const a=r.data?.measures;return J(a?.basis),n(S,{children:[n("h1",{children:"Measures"}),n(cr,{route:e,label:"Filter measures",children:[n(ne,{route:e,name:"text",label:"Text",placeholder:"title, summary, instrument"}),n(ne,{route:e,name:"item",label:"Item",placeholder:"gallium, 3A090"}),n(ne,{route:e,name:"jurisdiction",label:"Jurisdiction",placeholder:"CN"}),n(ne,{route:e,name:"implementing",label:"Implementing",placeholder:"US"}),n(ne,{route:e,name:"affected",label:"Affected",placeholder:"CN"}),n(ne,{route:e,name:"authority",label:"Authority ID",placeholder:"US-BIS"}),n("label",{children:["Type"," ",n("select",{name:"type",defaultValue:e.params.get("type")??"",children:[n("option",{value:"",children:"any"}),Ts.map(o=>n("option",{value:o,children:ot(o)},o))]})]}),n(ur,{route:e,name:"status",legend:"Status at the valid date",values:Ls})]}),n(N,{error:r.error}),r.fetching&&!a&&n(R,{}),a&&n(S,{children:[n(Y,{basis:a.basis}),n("table",{children:[n("caption",{class:"sr-only",children:"Measures"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Measure"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Type"}),n("th",{scope:"col",children:"By"}),n("th",{scope:"col",children:"Affects"}),n("th",{scope:"col",children:"Announced"})]})}),n("tbody",{children:a.nodes.map(o=>n("tr",{children:[n("td",{children:[n(P,{kind:"MEASURE",id:o.recordId,children:o.title}),n("div",{class:"muted",children:o.recordId})]}),n("td",{children:n(G,{value:o.status})}),n("td",{children:ot(o.measureType)}),n("td",{children:[o.implementingJurisdiction," · ",o.authority.name]}),n("td",{children:o.affected.map(l=>l.jurisdiction).join(", ")}),n("td",{children:o.announcedOn})]},o.recordId))})]}),a.nodes.length===0&&n("p",{children:"No measure matches at this point."}),n(qe,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Ms({route:e}){const t=o=>e.params.get(o)||void 0,i={name:t("name"),program:t("program"),partyId:t("party"),list:t("list"),status:fr(e,"status")},[r,s]=H(ls,{...je(e),filter:i});re(e,()=>s({requestPolicy:"network-only"}));const a=r.data?.designations;return J(a?.basis),n(S,{children:[n("h1",{children:"Designations"}),n(cr,{route:e,label:"Filter designations",children:[n(ne,{route:e,name:"name",label:"Name or alias",placeholder:"part of a name"}),n(ne,{route:e,name:"list",label:"List",placeholder:"us-ofac-sdn"}),n(ne,{route:e,name:"program",label:"Program",placeholder:"RUSSIA-EO14024"}),n(ne,{route:e,name:"party",label:"Party ID"}),n(ur,{route:e,name:"status",legend:"Status at the valid date",values:qs})]}),n(N,{error:r.error}),r.fetching&&!a&&n(R,{}),a&&n(S,{children:[n(Y,{basis:a.basis}),n("table",{children:[n("caption",{class:"sr-only",children:"Designations"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Party"}),n("th",{scope:"col",children:"List"}),n("th",{scope:"col",children:"Programs"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"From"}),n("th",{scope:"col",children:"Delisted"})]})}),n("tbody",{children:a.nodes.map(o=>n("tr",{children:[n("td",{children:[n(P,{kind:"DESIGNATION",id:o.recordId,children:o.party.name}),n("div",{class:"muted",children:[o.recordId,o.party.schema&&` · ${o.party.schema}`,o.party.jurisdiction&&` · ${o.party.jurisdiction}`]})]}),n("td",{children:[o.list,o.listEntryId&&n("div",{class:"muted",children:["entry ",o.listEntryId]})]}),n("td",{children:o.programs.join(", ")}),n("td",{children:n(G,{value:o.status})}),n("td",{children:o.effectiveNotBefore?`${o.effectiveNotBefore} to ${o.effectiveOn}`:o.effectiveOn}),n("td",{children:o.delistedOn??""})]},o.recordId))})]}),a.nodes.length===0&&n("p",{children:"No designation matches at this point."}),n(qe,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Vs({route:e}){const[t,i]=H(cs,je(e));re(e,()=>i({requestPolicy:"network-only"}));const r=t.data?.transactions;return J(r?.basis),n(S,{children:[n("h1",{children:"Transactions"}),n(N,{error:t.error}),t.fetching&&!r&&n(R,{}),r&&n(S,{children:[n(Y,{basis:r.basis}),n("table",{children:[n("caption",{class:"sr-only",children:"Transactions"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Transaction"}),n("th",{scope:"col",children:"Status"}),n("th",{scope:"col",children:"Acquirers"}),n("th",{scope:"col",children:"Target"}),n("th",{scope:"col",children:"Announced"})]})}),n("tbody",{children:r.nodes.map(s=>n("tr",{children:[n("td",{children:n(P,{kind:"TRANSACTION",id:s.recordId,children:s.title})}),n("td",{children:n(G,{value:s.status})}),n("td",{children:s.acquirers.map(a=>a.name).join(", ")}),n("td",{children:s.target.name}),n("td",{children:s.announcedOn})]},s.recordId))})]}),n(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Us({route:e}){const[t,i]=H(us,je(e));re(e,()=>i({requestPolicy:"network-only"}));const r=t.data?.dialogues;return J(r?.basis),n(S,{children:[n("h1",{children:"Dialogues"}),n(N,{error:t.error}),t.fetching&&!r&&n(R,{}),r&&n(S,{children:[n(Y,{basis:r.basis}),n("table",{children:[n("caption",{class:"sr-only",children:"Dialogues"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Dialogue"}),n("th",{scope:"col",children:"Parties"}),n("th",{scope:"col",children:"Level"}),n("th",{scope:"col",children:"Established"}),n("th",{scope:"col",children:"Meetings"})]})}),n("tbody",{children:r.nodes.map(s=>n("tr",{children:[n("td",{children:n(P,{kind:"DIALOGUE",id:s.recordId,children:s.name})}),n("td",{children:s.parties.map(a=>a.name).join(", ")}),n("td",{children:s.level}),n("td",{children:s.establishedOn}),n("td",{children:s.meetings.length})]},s.recordId))})]}),n(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Hs({route:e}){const[t,i]=H(fs,je(e));re(e,()=>i({requestPolicy:"network-only"}));const r=t.data?.enforcementActions;return J(r?.basis),n(S,{children:[n("h1",{children:"Enforcement actions"}),n(N,{error:t.error}),t.fetching&&!r&&n(R,{}),r&&n(S,{children:[n(Y,{basis:r.basis}),n("table",{children:[n("caption",{class:"sr-only",children:"Enforcement actions"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Action"}),n("th",{scope:"col",children:"Kind"}),n("th",{scope:"col",children:"Authority"}),n("th",{scope:"col",children:"Opened"}),n("th",{scope:"col",children:"Closed"})]})}),n("tbody",{children:r.nodes.map(s=>n("tr",{children:[n("td",{children:[n(P,{kind:"ENFORCEMENT",id:s.recordId,children:s.recordId}),n("div",{class:"muted",children:s.summary})]}),n("td",{children:ot(s.actionKind)}),n("td",{children:s.authority.name}),n("td",{children:s.openedOn}),n("td",{children:s.closed?"yes":"no"})]},s.recordId))})]}),n(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Sn(e,t){const i=e.params.get(`${t}Valid`)||void 0,r=e.params.get(`${t}Pos`);return{validAt:i,position:r&&/^\d+$/.test(r)?Number(r):void 0}}function Gs({route:e}){const t=Sn(e,"from"),i=Sn(e,"to"),r=e.params.has("fromValid")||e.params.has("fromPos")||e.params.has("toValid")||e.params.has("toPos"),[s]=H(Ss,{from:t,to:i},!r),a=s.data?.diff;J(a?.toBasis);const o=(l,u,d)=>n("label",{children:[u," ",n("input",{name:l,type:d,min:d==="number"?0:void 0,defaultValue:e.params.get(l)??""})]});return n(S,{children:[n("h1",{children:"What changed between two points"}),n("form",{class:"filters","aria-label":"Points to compare",onSubmit:l=>{l.preventDefault();const u=new FormData(l.currentTarget),d=c=>String(u.get(c)??"").trim()||void 0;q({fromValid:d("fromValid"),fromPos:d("fromPos"),toValid:d("toValid"),toPos:d("toPos")})},children:[n("fieldset",{children:[n("legend",{children:"From"}),o("fromValid","Valid on","date"),o("fromPos","Ledger position (empty: everything)","number")]}),n("fieldset",{children:[n("legend",{children:"To"}),o("toValid","Valid on","date"),o("toPos","Ledger position (empty: everything)","number")]}),n("button",{type:"submit",children:"Compare"})]},e.params.toString()),!r&&n("p",{children:"Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything)."}),n(N,{error:s.error}),r&&s.fetching&&!a&&n(R,{}),a&&n(S,{children:[n("p",{class:"basis",children:["From valid date ",n("strong",{children:a.fromBasis.validAt})," at position ",n("strong",{children:a.fromBasis.position})," to valid date"," ",n("strong",{children:a.toBasis.validAt})," at position ",n("strong",{children:a.toBasis.position}),": ",a.changes.length," record",a.changes.length===1?"":"s"," changed."]}),n("table",{children:[n("caption",{class:"sr-only",children:"Changes"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Record"}),n("th",{scope:"col",children:"What changed"}),n("th",{scope:"col",children:"Before"}),n("th",{scope:"col",children:"After"})]})}),n("tbody",{children:a.changes.map(l=>n("tr",{children:[n("td",{children:[n("span",{class:"kind",children:l.record.ref.kind.toLowerCase()})," ",n(P,{kind:l.record.ref.kind,id:l.record.ref.id,children:l.record.label||l.record.ref.id})]}),n("td",{children:l.what.map(u=>u.replace(/_/g," ")).join(", ")}),n("td",{children:n(G,{value:l.statusBefore})}),n("td",{children:n(G,{value:l.statusAfter})})]},`${l.record.ref.kind}/${l.record.ref.id}`))})]})]})]})}const xt=e=>e.replace(/_/g," ").toLowerCase(),zs={US:"#1f4e99",CN:"#b3261e",JP:"#6b4fa0",NL:"#c25e00",GB:"#2e7d32"};function hr({nodes:e,edges:t,label:i}){const r=zt(null),s=JSON.stringify([e.map(a=>a.key),t.map(a=>a.id)]);return ee(()=>{let a=null,o=!1;return vr(async()=>{const{default:l}=await import("./cytoscape.esm-BUoJuSId.js");return{default:l}},[]).then(({default:l})=>{if(o||!r.current)return;const u=l({container:r.current,elements:[...e.map(d=>({data:{id:d.key,label:`${d.id}${d.date?`
${d.date}`:""}`,kind:d.kind,rid:d.id,color:zs[d.jurisdiction]??"#455a64"},classes:d.root?"root":""})),...t.map(d=>({data:{id:`e-${d.id}`,source:d.from,target:d.to,label:xt(d.relation)}}))],style:[{selector:"node",style:{"background-color":"data(color)",label:"data(label)",color:"#111","font-size":11,"text-wrap":"wrap","text-valign":"bottom","text-margin-y":4,width:26,height:26}},{selector:"node.root",style:{"border-width":4,"border-color":"#111",width:34,height:34}},{selector:"edge",style:{width:2,"line-color":"#888","target-arrow-color":"#888","target-arrow-shape":"triangle","curve-style":"bezier",label:"data(label)","font-size":9,color:"#333","text-rotation":"autorotate","text-background-color":"#fff","text-background-opacity":1}}],layout:{name:"breadthfirst",directed:!0,spacingFactor:1.3,padding:20}});u.on("tap","node",d=>or(C(["record",d.target.data("kind"),d.target.data("rid")]))),u.on("mouseover","node",()=>r.current&&(r.current.style.cursor="pointer")),u.on("mouseout","node",()=>r.current&&(r.current.style.cursor="")),a=u,Object.assign(r.current,{cy:u})}),()=>{o=!0,a?.destroy()}},[s]),n("div",{class:"graph",ref:r,role:"img","aria-label":i,"data-nodes":e.length,"data-edges":t.length})}function Qs({edges:e,nodes:t}){const i=new Map(t.map(r=>[r.key,r]));return n("ul",{class:"edges",children:e.map(r=>{const s=i.get(r.from),a=i.get(r.to);return n("li",{children:[n(P,{kind:s?.kind??"",id:s?.id??r.from})," ",xt(r.relation)," ",n(P,{kind:a?.kind??"",id:a?.id??r.to})," ",n("span",{class:"muted",children:["(asserted by ",xt(r.assertedBy),")"]})]},r.id)})})}function Js({route:e}){const t=e.params.get("root")??"MEASURE:US-2022-ACS",[i,...r]=t.split(":"),s=r.join(":"),a=Math.min(10,Math.max(0,Number(e.params.get("depth")??2)||0)),[o,l]=H(Is,{record:{kind:i,id:s},depth:a,asOf:Z(e)},!s);re(e,()=>l({requestPolicy:"network-only"}));const u=o.data?.retaliationGraph;J(u?.basis);const d=u?.nodes.map(f=>({key:`${f.record.ref.kind}:${f.record.ref.id}`,kind:f.record.ref.kind,id:f.record.ref.id,label:f.record.label,status:f.record.status,jurisdiction:f.record.jurisdiction,date:f.record.date,root:f.depth===0}))??[],c=u?.edges.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy}))??[];return n(S,{children:[n("h1",{children:"Retaliation graph"}),n("form",{class:"filters","aria-label":"Graph root",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget);q({root:`${p.get("kind")}:${String(p.get("id")??"").trim()}`,depth:String(p.get("depth"))})},children:[n("label",{children:["Kind"," ",n("select",{name:"kind",defaultValue:i,children:["MEASURE","DESIGNATION","TRANSACTION","ENFORCEMENT","DIALOGUE"].map(f=>n("option",{value:f,children:f.toLowerCase()},f))})]}),n("label",{children:["Record ID ",n("input",{name:"id",defaultValue:s,required:!0})]}),n("label",{children:["Depth ",n("input",{name:"depth",type:"number",min:0,max:10,defaultValue:String(a)})]}),n("button",{type:"submit",children:"Draw"})]},e.params.toString()),n("p",{children:n("a",{href:C(["escalation"],{a:"US",b:"CN"}),children:"Escalation chain between two jurisdictions"})}),n(N,{error:o.error}),o.fetching&&!u&&n(R,{}),u&&n(S,{children:[n(Y,{basis:u.basis}),n("p",{children:[d.length," records and ",c.length," links within ",a," links of ",n(P,{kind:i,id:s}),u.truncated&&" (cut at the size limit)",". Drag to pan, scroll to zoom, click a record to open it."]}),n(hr,{nodes:d,edges:c,label:`Retaliation graph around ${s}: ${d.length} records, ${c.length} links`}),n("h2",{children:"Records"}),n("ul",{children:d.map(f=>n("li",{children:[n(P,{kind:f.kind,id:f.id,children:f.label||f.id})," ",n("span",{class:"muted",children:[f.id," · ",f.jurisdiction," ",f.date]})," ",n(G,{value:f.status})]},f.key))}),n("h2",{children:"Links"}),n(Qs,{edges:c,nodes:d})]})]})}function Ks({route:e}){const t=(e.params.get("a")??"US").toUpperCase(),i=(e.params.get("b")??"CN").toUpperCase(),r=e.params.get("from")||void 0,s=e.params.get("to")||void 0,[a,o]=H(ws,{a:t,b:i,from:r,to:s,asOf:Z(e)});re(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.escalationChain;J(l?.basis);const u=l?.steps.map(f=>({key:`${f.measure.ref.kind}:${f.measure.ref.id}`,kind:f.measure.ref.kind,id:f.measure.ref.id,label:f.measure.label,status:f.measure.status,jurisdiction:f.by,date:f.measure.date}))??[],d=new Set(u.map(f=>f.key)),c=l?.links.map(f=>({id:f.id,from:`${f.fromRef.kind}:${f.fromRef.id}`,to:`${f.toRef.kind}:${f.toRef.id}`,relation:f.relation,assertedBy:f.assertedBy})).filter(f=>d.has(f.from)&&d.has(f.to))??[];return n(S,{children:[n("h1",{children:["Escalation chain: ",t," and ",i]}),n("form",{class:"filters","aria-label":"Jurisdictions and dates",onSubmit:f=>{f.preventDefault();const p=new FormData(f.currentTarget),h=y=>String(p.get(y)??"").trim()||void 0;q({a:h("a"),b:h("b"),from:h("from"),to:h("to")})},children:[n("label",{children:["Between ",n("input",{name:"a",defaultValue:t,size:3,maxLength:2})]}),n("label",{children:["and ",n("input",{name:"b",defaultValue:i,size:3,maxLength:2})]}),n("label",{children:["Announced from ",n("input",{name:"from",type:"date",defaultValue:r??""})]}),n("label",{children:["to ",n("input",{name:"to",type:"date",defaultValue:s??""})]}),n("button",{type:"submit",children:"Draw"})]},e.params.toString()),n(N,{error:a.error}),a.fetching&&!l&&n(R,{}),l&&n(S,{children:[n(Y,{basis:l.basis}),n("p",{children:[u.length," measures, ",c.length," links between them."]}),n(hr,{nodes:u,edges:c,label:`Escalation chain between ${t} and ${i}: ${u.length} measures, ${c.length} links`}),n("ol",{children:l.steps.map(f=>n("li",{children:[n("strong",{children:f.measure.date})," ",f.by," against ",f.against,":"," ",n(P,{kind:f.measure.ref.kind,id:f.measure.ref.id,children:f.measure.label})," ",n(G,{value:f.measure.status}),f.answers.length>0&&n("span",{class:"muted",children:[" · answers ",f.answers.map(p=>p.toRef.id).join(", ")]})]},f.measure.ref.id))})]})]})}function Ws(){const{events:e,head:t,connected:i}=Le(Kt);return n(S,{children:[n("h1",{children:"Live"}),n("p",{children:[i?"Connected: ":"Connecting… ","new events appear here as the ledger records them, without reloading. Ledger head:"," ",n("strong",{class:"head",children:t??"…"}),"."]}),e.length===0?n("p",{class:"muted",children:"No event recorded since this page was opened."}):n("ol",{class:"live-events",reversed:!0,"aria-live":"polite",children:[...e].reverse().map(r=>n("li",{children:[n("span",{class:"muted",children:r.position})," ",n("strong",{children:r.type})," ",n(P,{kind:r.subject.kind,id:r.subject.id})," ",n("span",{class:"muted",children:["recorded ",r.recordedAt.slice(0,19).replace("T"," ")," by ",r.actor]})]},r.position))})]})}function Nt(e){if(e.length%2!==0||/[^0-9a-fA-F]/.test(e))throw new Error(`not hexadecimal: ${e.slice(0,16)}…`);const t=new Uint8Array(e.length/2);for(let i=0;i<t.length;i++)t[i]=parseInt(e.slice(2*i,2*i+2),16);return t}function mr(e){return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}async function Rt(...e){const t=e.reduce((s,a)=>s+a.length,0),i=new Uint8Array(t);let r=0;for(const s of e)i.set(s,r),r+=s.length;return new Uint8Array(await crypto.subtle.digest("SHA-256",i))}async function Ys(e){return mr(await Rt(Uint8Array.of(0),Nt(e)))}async function Xs(e,t,i,r){if(e<0||e>=t)throw new Error(`leaf index ${e} is outside a tree of ${t}`);let s=e,a=t-1,o=Nt(i);for(const l of r){const u=Nt(l);if(a===0)throw new Error("the audit path is longer than the tree is deep");if(s%2===1||s===a){if(o=await Rt(Uint8Array.of(1),u,o),s%2===0)for(;s%2===0&&s!==0;)s=Math.floor(s/2),a=Math.floor(a/2)}else o=await Rt(Uint8Array.of(1),o,u);s=Math.floor(s/2),a=Math.floor(a/2)}if(a!==0)throw new Error("the audit path is shorter than the tree is deep");return mr(o)}async function Zs(e,t,i){const r=await Ys(e),s=r===t.leafHash.toLowerCase();try{const a=await Xs(t.leafIndex,t.treeSize,r,t.path),o=a===i.toLowerCase();return{ok:s&&o,leafMatches:s,computedRoot:a,rootMatches:o}}catch(a){return{ok:!1,leafMatches:s,computedRoot:"",rootMatches:!1,problem:a.message}}}const z=e=>e.replace(/_/g," ").toLowerCase();function ea({route:e}){const[,t="",i=""]=e.path;switch(t){case"MEASURE":return n(ta,{route:e,id:i});case"DESIGNATION":return n(na,{route:e,id:i});case"TRANSACTION":return n(ra,{route:e,id:i});case"DIALOGUE":return n(ia,{route:e,id:i});case"ENFORCEMENT":return n(sa,{route:e,id:i});case"SOURCE":return n(aa,{route:e,id:i});default:return n(S,{children:[n("h1",{children:"Unknown kind of record"}),n("p",{class:"error",role:"alert",children:["“",t,"” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE."]})]})}}function Ie({kind:e,id:t,basisText:i}){return n(S,{children:[n("h1",{children:[z(e)," ",t]}),n("p",{role:"alert",class:"notice",children:["The ledger did not know a ",z(e)," “",t,"” ",i,"."]})]})}function we(e){const t=Z(e);return t?.position!==void 0?`at ledger position ${t.position}`:t?.knownAt?`by ${t.knownAt}`:"as of now"}function Ae({route:e,kind:t,record:i,title:r,status:s,dates:a=[],children:o}){return J(i.basis),n("article",{children:[n("p",{class:"kind",children:[z(t)," · ",i.recordId]}),n("h1",{children:r}),n("p",{children:[n(G,{value:s})," ",i.retraction&&n("span",{class:"status status-retracted",children:"retracted"})]}),n(Y,{basis:i.basis,label:"Shown"}),n("p",{class:"muted",children:["Version ",i.version,", known since ledger position ",i.knownSince," ·"," ",n("a",{href:C(["timeline"],{subject:`record:${t}:${i.recordId}`}),children:"timeline"})," ·"," ",n("a",{href:C(["graph"],{root:`${t}:${i.recordId}`}),children:"retaliation graph"})]}),i.retraction&&n("p",{class:"notice",role:"note",children:["Retracted as entered in error: ",i.retraction.reason]}),o,t!=="SOURCE"&&t!=="DIALOGUE"&&n(oa,{route:e,kind:t,id:i.recordId,dates:a}),n(da,{record:i}),n(la,{record:i}),n(ca,{route:e,kind:t,record:i})]})}function Fe({rows:e}){return n("dl",{class:"facts",children:e.filter(([,t])=>t!=null&&t!==""&&!(Array.isArray(t)&&t.length===0)).map(([t,i])=>n("div",{children:[n("dt",{children:t}),n("dd",{children:i})]},t))})}function Ce(e,t,i){const[r,s]=H(e,{id:i,asOf:Z(t)});return re(t,()=>s({requestPolicy:"network-only"})),r}function ta({route:e,id:t}){const i=Ce(ms,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"MEASURE",record:r,title:r.title,status:r.status,dates:[r.announcedOn,...r.provisions.flatMap(s=>[s.effectiveOn,s.endsOn]),...r.dates.map(s=>s.date),...r.amendments.flatMap(s=>[s.effectiveOn,...s.addProvisions.map(a=>a.effectiveOn)]),...r.suspensions.flatMap(s=>[s.from,s.until,s.end?.endedOn]),r.revocation?.effectiveOn,r.expiry?.expiredOn],children:[r.summary&&n("p",{class:"summary",children:r.summary}),n(Fe,{rows:[["Type",z(r.measureType)],["Authority",`${r.authority.name} (${r.authority.jurisdiction})`],["Implementing jurisdiction",r.implementingJurisdiction],["Affected",r.countryNeutral?"country-neutral text":r.affected.map(s=>`${s.jurisdiction} (${z(s.how)})`).join(", ")],["Instrument",`${r.instrument.title}${r.instrument.citation?` · ${r.instrument.citation}`:""}`],["Legal basis",r.instrument.legalBasis.join("; ")],["Announced",r.announcedOn]]}),n(L,{title:"Provisions",children:n("table",{children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Provision"}),n("th",{scope:"col",children:"Effective"}),n("th",{scope:"col",children:"Ends"}),n("th",{scope:"col",children:["Status at ",r.basis.validAt]})]})}),n("tbody",{children:r.provisions.map(s=>n("tr",{children:[n("td",{children:[s.title," ",n("span",{class:"muted",children:["(",s.id,")"]})]}),n("td",{children:s.effectiveOn??"not set"}),n("td",{children:s.endsOn??""}),n("td",{children:[n(G,{value:s.status}),s.suspension&&n("span",{class:"muted",children:[" ","suspended ",s.suspension.from,s.suspension.until?` until ${s.suspension.until}`:""]})]})]},s.id))})]})}),n(L,{title:"Dates",children:n("ul",{children:r.dates.map((s,a)=>n("li",{children:[z(s.kind),": ",s.date,s.precision&&s.precision!=="day"&&` (${s.precision})`,s.note&&n("span",{class:"muted",children:[" · ",s.note]})]},a))})}),r.items.length>0&&n(L,{title:"Items",children:n("ul",{children:r.items.map((s,a)=>n("li",{children:[s.scheme," ",s.code," ",s.description]},a))})}),n(L,{title:"Amendments",children:r.amendments.length===0?n("p",{class:"muted",children:"None recorded."}):n("ul",{children:r.amendments.map(s=>n("li",{children:[n("strong",{children:s.effectiveOn})," ",s.summary," ",n("span",{class:"muted",children:["(",s.instrument.title,")"]}),s.addProvisions.length>0&&n(S,{children:[" · adds ",s.addProvisions.map(a=>`${a.title} from ${a.effectiveOn??"a date not set"}`).join(", ")]}),s.endProvisions.length>0&&n(S,{children:[" · ends ",s.endProvisions.join(", ")]})]},s.id))})}),(r.suspensions.length>0||r.revocation||r.expiry)&&n(L,{title:"Suspensions and end",children:n("ul",{children:[r.suspensions.map(s=>n("li",{children:["Suspended ",s.provisionIds.length?s.provisionIds.join(", "):"whole measure"," from ",s.from,s.until?` until ${s.until}`:"",s.reason&&`: ${s.reason}`,s.end&&` · ended ${s.end.endedOn} (${z(s.end.how)})`]},s.id)),r.revocation&&n("li",{children:["Revoked from ",r.revocation.effectiveOn,r.revocation.reason&&`: ${r.revocation.reason}`]}),r.expiry&&n("li",{children:["Expired ",r.expiry.expiredOn,r.expiry.reason&&`: ${r.expiry.reason}`]})]})}),n(L,{title:"Sources",children:n(Te,{sources:r.sources})})]}):n(Ie,{kind:"MEASURE",id:t,basisText:we(e)}):n(R,{})}function na({route:e,id:t}){const i=Ce(ps,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"DESIGNATION",record:r,title:`${r.party.name} on ${r.list}`,status:r.status,dates:[r.effectiveNotBefore,r.effectiveOn,r.delistedOn,r.savingsClauseUntil,...r.amendments.map(s=>s.effectiveOn)],children:[n(Fe,{rows:[["Party",n(S,{children:[n(Pe,{party:r.party})," (",r.party.id,")"]})],["Party jurisdiction",r.party.jurisdiction],["FollowTheMoney schema",r.party.schema],["List",`${r.list}, kept by ${r.listAuthority.name}`],["List entry",r.listEntryId],["Programs",r.programs.join(", ")],["On the list from",r.effectiveNotBefore?`a day from ${r.effectiveNotBefore} to ${r.effectiveOn} (the list does not say which)`:r.effectiveOn],["Delisted",r.delistedOn],["Licence requirement",r.licenceRequirement],["Review policy",r.reviewPolicy],["Footnotes",r.footnotes.join("; ")],["Savings clause until",r.savingsClauseUntil],["Measure",r.measureId?n(P,{kind:"MEASURE",id:r.measureId}):null],["Instrument",`${r.instrument.title}${r.instrument.citation?` · ${r.instrument.citation}`:""}`],["Remarks",r.remarks]]}),r.party.properties.length>0&&n(L,{title:"What the list publishes of the party",children:n("dl",{class:"facts",children:r.party.properties.map(s=>n("div",{children:[n("dt",{children:s.name}),n("dd",{children:s.values.join("; ")})]},s.name))})}),n(L,{title:"Amendments",children:r.amendments.length===0?n("p",{class:"muted",children:"None recorded."}):n("ul",{children:r.amendments.map(s=>n("li",{children:[n("strong",{children:s.effectiveNotBefore?`${s.effectiveNotBefore} to ${s.effectiveOn}`:s.effectiveOn})," ",s.summary,!s.inEffect&&n("span",{class:"muted",children:[" (not in effect at ",r.basis.validAt,")"]}),s.changes.length>0&&n("ul",{children:s.changes.map((a,o)=>n("li",{children:[a.field,": ",n("del",{children:a.old.join("; ")||"—"})," → ",n("ins",{children:a.new.join("; ")||"—"})]},o))})]},s.amendmentId))})}),n(L,{title:"Sources",children:n(Te,{sources:r.sources})})]}):n(Ie,{kind:"DESIGNATION",id:t,basisText:we(e)}):n(R,{})}function ra({route:e,id:t}){const i=Ce(gs,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"TRANSACTION",record:r,title:r.title,status:r.status,dates:[r.announcedOn,r.outsideDate,r.termination?.terminatedOn,r.completion?.completedOn,...r.reviews.flatMap(s=>[s.openedOn,s.concludedOn])],children:[n(Fe,{rows:[["Acquirers",Yt(r.acquirers.map(s=>n(Pe,{party:s},s.id)))],["Target",n(Pe,{party:r.target})],["Value",r.value?`${r.value.amount.toLocaleString("en")} ${r.value.currency}`:null],["Announced",r.announcedOn],["Outside date",r.outsideDate],["Terminated",r.termination?`${r.termination.terminatedOn}: ${r.termination.reason}`:null],["Completed",r.completion?.completedOn]]}),n(L,{title:"Reviews",children:r.reviews.length===0?n("p",{class:"muted",children:["No review by ",r.basis.validAt,"."]}):n("ul",{children:r.reviews.map(s=>n("li",{children:[n("strong",{children:s.authority.name})," under ",s.regime,s.openedOn&&`, opened ${s.openedOn}`,s.trigger&&` (${z(s.trigger)})`,": ",s.outcome?n(G,{value:s.outcome}):"open",s.concludedOn&&` on ${s.concludedOn}`,s.summary&&n("div",{class:"muted",children:s.summary}),s.conditions.length>0&&n("div",{children:["Conditions: ",s.conditions.join("; ")]})]},s.id))})}),n(L,{title:"Sources",children:n(Te,{sources:r.sources})})]}):n(Ie,{kind:"TRANSACTION",id:t,basisText:we(e)}):n(R,{})}function ia({route:e,id:t}){const i=Ce(vs,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"DIALOGUE",record:r,title:r.name,children:[n(Fe,{rows:[["Parties",Yt(r.parties.map(s=>n(Pe,{party:s},s.id)))],["Level",r.level],["Cadence",r.cadence],["Purpose",r.purpose],["Established",r.establishedOn]]}),n(L,{title:"Meetings",children:r.meetings.length===0?n("p",{class:"muted",children:["No meeting by ",r.basis.validAt,"."]}):n("ol",{children:r.meetings.map(s=>n("li",{children:[n("strong",{children:s.heldOn})," ",s.title,", ",s.place,s.level&&` (${s.level})`,n("div",{class:"muted",children:s.participants.map(a=>`${a.name}${a.role?`, ${a.role}`:""}`).join("; ")}),s.outcomes.length>0&&n("ul",{children:s.outcomes.map((a,o)=>n("li",{children:a},o))})]},s.id))})}),n(L,{title:"Sources",children:n(Te,{sources:r.sources})})]}):n(Ie,{kind:"DIALOGUE",id:t,basisText:we(e)}):n(R,{})}function sa({route:e,id:t}){const i=Ce(ys,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"ENFORCEMENT",record:r,title:r.summary,status:r.closed?"CLOSED":"OPEN",dates:[r.openedOn,...r.findings.map(s=>s.issuedOn)],children:[n(Fe,{rows:[["Kind",z(r.actionKind)],["Authority",`${r.authority.name} (${r.authority.jurisdiction})`],["Targets",Yt(r.targets.map(s=>n(Pe,{party:s},s.id)))],["Legal basis",r.legalBasis.join("; ")],["Opened",r.openedOn]]}),n(L,{title:"Findings",children:r.findings.length===0?n("p",{class:"muted",children:["No finding by ",r.basis.validAt,"."]}):n("ul",{children:r.findings.map(s=>n("li",{children:[n("strong",{children:s.issuedOn})," ",n(G,{value:s.outcome})," ",s.final&&"(final)"," ",s.summary]},s.id))})}),n(L,{title:"Sources",children:n(Te,{sources:r.sources})})]}):n(Ie,{kind:"ENFORCEMENT",id:t,basisText:we(e)}):n(R,{})}function aa({route:e,id:t}){const i=Ce(bs,e,t),r=i.data?.record;return i.error?n(N,{error:i.error}):i.data?r?n(Ae,{route:e,kind:"SOURCE",record:r,title:r.title,children:n(Fe,{rows:[["Publisher",r.publisher],["Citation",r.citation],["Address",r.url?n("a",{href:r.url,rel:"noopener noreferrer",target:"_blank",children:r.url}):null],["Official",r.official?"yes":"no"],["Language",r.language],["Published",r.publishedOn],["SHA-256 of the captured text",r.sha256?n("code",{class:"hash",children:r.sha256}):null]]})}):n(Ie,{kind:"SOURCE",id:t,basisText:we(e)}):n(R,{})}function oa({route:e,kind:t,id:i,dates:r}){const s=Z(e),a=s?{position:s.position,knownAt:s.knownAt}:{},[o,l]=Q(null),[u,d]=Q(null),c=[...new Set(r.filter(p=>!!p))].sort(),f=`${t}/${i}/${a.position??""}/${a.knownAt??""}/${c.join(",")}`;return ee(()=>{let p=!1;return l(null),(async()=>{const h=await ke(_s,{kind:t,id:i,asOf:a}),y=new Set(c);for(const m of h.timeline.nodes)m.validFrom&&y.add(m.validFrom),m.validUntil&&y.add(m.validUntil);const O=[...y].sort().slice(-40),_=await Promise.all(O.map(async m=>{const b=await ke($s,{id:i,asOf:{...a,validAt:m}}),v=t==="MEASURE"?b.measure?.status:t==="DESIGNATION"?b.designation?.status:t==="TRANSACTION"?b.transaction?.status:b.enforcementAction?b.enforcementAction.closed?"CLOSED":"OPEN":void 0;return{date:m,status:v??""}})),k=_.filter((m,b)=>b===0||m.status!==_[b-1].status);p||l(k)})().catch(h=>!p&&d(h)),()=>{p=!0}},[f]),n(L,{title:"Status over time",children:[n(N,{error:u}),!o&&!u&&n(R,{}),o&&n("ol",{class:"status-over-time",children:o.map(p=>n("li",{children:["from ",n("a",{href:C(["record",t,i],{valid:p.date}),children:p.date}),": ",n(G,{value:p.status||"NONE"})]},p.date))})]})}function da({record:e}){const t=i=>typeof i=="string"?i:JSON.stringify(i);return n(L,{title:"Corrections and source conflicts",children:[e.corrections.length===0&&e.sourceConflicts.length===0&&n("p",{class:"muted",children:"None known at this point."}),e.corrections.length>0&&n("ul",{children:e.corrections.map(i=>n("li",{children:[n("strong",{children:i.field}),": ",n("del",{children:t(i.oldValue)})," → ",n("ins",{children:t(i.newValue)}),". ",i.reason,i.evidence&&n("span",{class:"muted",children:[" Evidence: ",i.evidence]})]},i.id))}),e.sourceConflicts.length>0&&n("ul",{children:e.sourceConflicts.map(i=>n("li",{children:["Sources disagree on ",n("strong",{children:i.field}),":",n("ul",{children:i.claims.map((r,s)=>n("li",{children:[r.source.title,": “",r.value,"” ",s===i.followed&&n("strong",{children:"(followed)"})]},s))}),i.note&&n("span",{class:"muted",children:i.note})]},i.id))})]})}function la({record:e}){return!e.outgoingLinks.length&&!e.incomingLinks.length?null:n(L,{title:"Links",children:n("ul",{children:[e.outgoingLinks.map(t=>n("li",{children:[z(t.relation)," ",n(P,{kind:t.toRef.kind,id:t.toRef.id})," ",n("span",{class:"muted",children:["asserted by ",z(t.assertedBy),": ",t.evidence]})]},t.id)),e.incomingLinks.map(t=>n("li",{children:[n(P,{kind:t.fromRef.kind,id:t.fromRef.id})," ",z(t.relation)," this"," ",n("span",{class:"muted",children:["asserted by ",z(t.assertedBy),": ",t.evidence]})]},t.id))]})})}function ca({route:e,kind:t,record:i}){const[r,s]=Q({}),[a,o]=Q(!1),l=i.basis,u=e.params.get("root"),d=async()=>{o(!0);try{const h=await ke(Os,{kind:t,id:i.recordId,position:l.position,treeSize:l.position}),y=u&&Number(e.params.get("pos"))===l.position?u:h.treeHead.rootHash,O={};for(const _ of i.history){const k=h.auditTrail.entries.find(m=>m.event.position===_.position);k?k.event.hash!==_.hash?O[_.position]={error:"the proof is for another hash than the history shows"}:O[_.position]=await Zs(_.hash,k.event.inclusionProof,y):O[_.position]={error:"the server gave no proof for this event"}}s(O)}catch(h){s({[-1]:{error:h.message}})}finally{o(!1)}},c=h=>h?"error"in h?`✗ ${h.error}`:h.ok?`✓ included: root ${h.computedRoot.slice(0,12)}…`:h.leafMatches?`✗ the path leads to ${h.computedRoot.slice(0,12)||"nothing"}…, not the trusted root${h.problem?` (${h.problem})`:""}`:"✗ the leaf hash does not match the event hash":"",f=Object.values(r),p=f.filter(h=>!("error"in h)&&h.ok).length;return n(L,{title:"History, event by event",children:[n("p",{children:[n("button",{type:"button",onClick:d,disabled:a,children:a?"Checking…":`Check inclusion proofs in the ledger of ${l.position} events`})," ",f.length>0&&n("span",{role:"status",class:p===i.history.length?"ok":"bad",children:[p," of ",i.history.length," events proven included (SHA-256 in this browser, RFC 6962)",u?" against the cited root":" against the tree head"]})]}),r[-1]&&n("p",{class:"error",children:c(r[-1])}),n("table",{class:"history",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Position"}),n("th",{scope:"col",children:"Event"}),n("th",{scope:"col",children:"Recorded"}),n("th",{scope:"col",children:"By"}),n("th",{scope:"col",children:"Inclusion"})]})}),n("tbody",{children:i.history.map(h=>n("tr",{children:[n("td",{children:h.position}),n("td",{children:n("details",{children:[n("summary",{children:[h.type," ",n("span",{class:"muted",children:["(",h.command,")"]})]}),n("p",{class:"muted",children:["Event ",h.eventId," · hash ",n("code",{class:"hash",children:h.hash})]}),n("pre",{children:ua(h.data)})]})}),n("td",{children:h.recordedAt.replace("T"," ").replace(/\.\d+/,"")}),n("td",{children:h.actor}),n("td",{class:"verdict",children:c(r[h.position])})]},h.position))})]})]})}function ua(e){try{return JSON.stringify(JSON.parse(e),null,2)}catch{return e}}function fa(e){const t=Math.floor(e/86400);if(t>=1)return`${t} day${t===1?"":"s"}`;const i=Math.floor(e/3600);return i>=1?`${i} hour${i===1?"":"s"}`:`${Math.max(0,Math.floor(e/60))} minutes`}const ha={ADD:"added",MOD:"amended",DEL:"delisted"};function In(e,t){const i=s=>e.params.get(t+s)||void 0,r=i("Pos");return{validAt:i("Valid"),position:r&&/^\d+$/.test(r)?Number(r):void 0,publishedBy:i("Pub")}}function ma({route:e}){const[t,i]=H(Fs,{asOf:Z(e)});re(e,()=>i({requestPolicy:"network-only"}));const r=t.data?.lists,s=e.params.get("list")??"",a=!!s&&["fromValid","fromPos","fromPub","toValid","toPos","toPub"].some(d=>e.params.has(d)),[o]=H(Cs,{list:s,from:In(e,"from"),to:In(e,"to"),first:50,after:e.params.get("after")??void 0},!a),l=o.data?.listDelta;J(l?.to??r?.[0]?.basis);const u=(d,c,f)=>n("label",{children:[c," ",n("input",{name:d,type:f,step:f==="datetime-local"?1:void 0,min:f==="number"?0:void 0,defaultValue:f==="datetime-local"?(e.params.get(d)??"").slice(0,19):e.params.get(d)??""})]});return n(S,{children:[n("h1",{children:"Official lists"}),n(N,{error:t.error}),t.fetching&&!r&&n(R,{}),r&&n(S,{children:[n(Y,{basis:r[0]?.basis}),r.length===0?n("p",{children:"The ledger holds no snapshot of an official list at this point."}):n("table",{children:[n("caption",{class:"sr-only",children:"Lists and their freshness"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"List"}),n("th",{scope:"col",children:"Snapshots"}),n("th",{scope:"col",children:"Last published or observed"}),n("th",{scope:"col",children:"Age"}),n("th",{scope:"col",children:"Listed"}),n("th",{scope:"col",children:"Last snapshot"})]})}),n("tbody",{children:r.map(d=>n("tr",{children:[n("td",{children:n("a",{href:C(["lists"],{list:d.list}),children:d.list})}),n("td",{children:d.snapshots}),n("td",{children:d.publishedAt}),n("td",{children:fa(d.ageSeconds)}),n("td",{children:n("a",{href:C(["designations"],{list:d.list,status:"DESIGNATED"}),children:d.listed.toLocaleString("en")})}),n("td",{children:[n(P,{kind:"SOURCE",id:d.lastSnapshot.recordId,children:d.lastSnapshot.title}),n("div",{class:"hash",children:d.lastSnapshot.sha256})]})]},d.list))})]})]}),n("h2",{children:"What changed on a list between two points"}),n("form",{class:"filters","aria-label":"List and points to compare",onSubmit:d=>{d.preventDefault();const c=new FormData(d.currentTarget),f=h=>String(c.get(h)??"").trim()||void 0,p=h=>f(h)?new Date(f(h)+"Z").toISOString():void 0;q({list:f("list"),fromValid:f("fromValid"),fromPos:f("fromPos"),fromPub:p("fromPub"),toValid:f("toValid"),toPos:f("toPos"),toPub:p("toPub"),after:void 0})},children:[n("label",{children:["List ",n("input",{name:"list",defaultValue:s,list:"known-lists",required:!0,placeholder:"us-ofac-sdn"})]}),n("datalist",{id:"known-lists",children:r?.map(d=>n("option",{value:d.list},d.list))}),n("fieldset",{children:[n("legend",{children:"From"}),u("fromValid","Valid on","date"),u("fromPub","Published by","datetime-local"),u("fromPos","Ledger position","number")]}),n("fieldset",{children:[n("legend",{children:"To"}),u("toValid","Valid on","date"),u("toPub","Published by","datetime-local"),u("toPos","Ledger position","number")]}),n("button",{type:"submit",children:"Compare"})]},e.params.toString()),n("p",{class:"muted",children:"To compare two snapshots, give each side the time it was published by; empty fields mean today and everything recorded."}),n(N,{error:o.error}),a&&o.fetching&&!l&&n(R,{}),l&&n(S,{children:[n("p",{class:"basis",children:[s,": from position ",n("strong",{children:l.from.position})," (valid ",l.from.validAt,l.from.publishedBy&&`, published by ${l.from.publishedBy}`,") to position ",n("strong",{children:l.to.position})," (valid ",l.to.validAt,l.to.publishedBy&&`, published by ${l.to.publishedBy}`,"): ",l.totalCount," change",l.totalCount===1?"":"s","."]}),n("table",{class:"delta",children:[n("caption",{class:"sr-only",children:"Changes of the list"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Change"}),n("th",{scope:"col",children:"Entry"}),n("th",{scope:"col",children:"Fields"})]})}),n("tbody",{children:l.nodes.map(d=>n("tr",{children:[n("td",{children:n("span",{class:`status status-${d.op==="ADD"?"designated":d.op==="DEL"?"delisted":"announced"}`,children:ha[d.op]})}),n("td",{children:[n(P,{kind:"DESIGNATION",id:d.designation.recordId,children:d.designation.party.name}),n("div",{class:"muted",children:[d.designation.recordId,d.designation.listEntryId&&` · entry ${d.designation.listEntryId}`]})]}),n("td",{children:d.changes.length>0&&n("ul",{children:d.changes.map((c,f)=>n("li",{children:[n("strong",{children:c.field}),": ",n("del",{children:c.old.join("; ")||"—"})," → ",n("ins",{children:c.new.join("; ")||"—"})]},f))})})]},`${d.op}/${d.designation.recordId}`))})]}),n("nav",{class:"pager","aria-label":"Pages",children:[n("span",{children:[l.nodes.length," shown of ",l.totalCount]}),e.params.get("after")&&n("button",{type:"button",onClick:()=>q({after:void 0}),children:"First page"}),n("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>q({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]})]})}function wn(e){return e.map(t=>`${t.name} (${t.query} / ${t.record})`).join("; ")}function pr({route:e,name:t,full:i=!1}){const r=c=>i&&e.params.get(c)||void 0,s=c=>r(c)?.split(",").map(f=>f.trim()).filter(Boolean),a=e.params.get("threshold"),o=a&&!Number.isNaN(Number(a))?Number(a):void 0,l={name:t,schema:r("schema"),birthDate:r("birthDate"),country:r("country"),identifier:r("identifier"),lists:s("lists"),programs:s("programs")},[u]=H(Es,{query:l,asOf:Z(e),threshold:o,first:i?25:5},!t),d=u.data?.screen;return i&&J(d?.basis),t?n(S,{children:[n(N,{error:u.error}),u.fetching&&!d&&n(R,{}),d&&n(S,{children:[i&&n(Y,{basis:d.basis,label:"Screened"}),n("p",{children:d.candidates.length===0?`No designation scores ${d.threshold} or more for “${d.name}”.`:`${d.candidates.length} candidate${d.candidates.length===1?"":"s"} at or above ${d.threshold} for “${d.name}”.`}),d.candidates.length>0&&n("table",{class:"candidates",children:[n("caption",{class:"sr-only",children:"Screening candidates"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Score"}),n("th",{scope:"col",children:"Party and designation"}),n("th",{scope:"col",children:"Matched name"}),n("th",{scope:"col",children:"Status then"}),n("th",{scope:"col",children:"Features"})]})}),n("tbody",{children:d.candidates.map(c=>n("tr",{children:[n("td",{children:[n("strong",{children:c.score.toFixed(3)}),c.nameScore!==c.score&&n("div",{class:"muted",children:["name ",c.nameScore.toFixed(3)]})]}),n("td",{children:[n(P,{kind:"DESIGNATION",id:c.designation.recordId,children:c.designation.party.name}),n("div",{class:"muted",children:[c.designation.list,c.designation.programs.length>0&&` · ${c.designation.programs.join(", ")}`,c.designation.party.schema&&` · ${c.designation.party.schema}`]})]}),n("td",{children:[c.matchedName,n("div",{class:"muted",children:[c.nameKind,", ",c.how]})]}),n("td",{children:[n(G,{value:c.designation.status}),c.designation.delistedOn&&n("div",{class:"muted",children:["delisted ",c.designation.delistedOn]})]}),n("td",{children:[c.agreed.length>0&&n("div",{children:["agreed: ",wn(c.agreed)]}),c.conflicted.length>0&&n("div",{class:"bad",children:["conflicted: ",wn(c.conflicted)]})]})]},c.designation.recordId))})]})]})]}):null}function pa({route:e}){const t=(e.params.get("name")??"").trim(),i=(r,s,a="")=>n("label",{children:[s," ",n("input",{name:r,defaultValue:e.params.get(r)??"",placeholder:a})]});return n(S,{children:[n("h1",{children:"Screen a party"}),n("form",{class:"filters","aria-label":"Party to screen",onSubmit:r=>{r.preventDefault();const s=new FormData(r.currentTarget),a=o=>String(s.get(o)??"").trim()||void 0;q({name:a("name"),schema:a("schema"),birthDate:a("birthDate"),country:a("country"),identifier:a("identifier"),lists:a("lists"),programs:a("programs"),threshold:a("threshold")})},children:[i("name","Name","as you have it"),i("schema","Schema","Person, Organization, Vessel"),i("birthDate","Born or registered","YYYY, YYYY-MM or YYYY-MM-DD"),i("country","Country"),i("identifier","Identifier","passport, IMO number"),i("lists","Lists","us-ofac-sdn, un-sc-consolidated"),i("programs","Programs"),n("label",{children:["Threshold ",n("input",{name:"threshold",type:"number",min:0,max:1,step:.01,defaultValue:e.params.get("threshold")??"",placeholder:"0.8"})]}),n("button",{type:"submit",children:"Screen"})]},e.params.toString()),n("p",{class:"muted",children:"The answer is at the valid date, knowledge point and publication limit above: “would this name have matched then, against the lists as published by then?”. Every candidate's score is shown; lower the threshold for recall, raise it for precision."}),t?n(pr,{route:e,name:t,full:!0}):n("p",{children:"Give a name to screen."}),n("p",{children:n("a",{href:C(["lists"]),children:"The lists screened and their freshness"})})]})}function ga({route:e}){const t=(e.params.get("q")??"").trim(),[i]=H(hs,{asOf:Z(e),text:t,id:t||"-"},!t),r=i.data;J(r?.byText.basis);const s=[],a=new Set,o=d=>{const c=`${d.kind}/${d.id}`;a.has(c)||(a.add(c),s.push(d))},l=t.toLowerCase(),u=(...d)=>d.some(c=>c&&c.toLowerCase().includes(l));if(r){r.measure&&o({kind:"MEASURE",id:r.measure.recordId,label:r.measure.title,status:r.measure.status,why:"record ID"}),r.designation&&o({kind:"DESIGNATION",id:r.designation.recordId,label:`${r.designation.party.name} on ${r.designation.list}`,status:r.designation.status,why:"record ID"}),r.transaction&&o({kind:"TRANSACTION",id:r.transaction.recordId,label:r.transaction.title,status:r.transaction.status,why:"record ID"}),r.dialogue&&o({kind:"DIALOGUE",id:r.dialogue.recordId,label:r.dialogue.name,why:"record ID"}),r.enforcementAction&&o({kind:"ENFORCEMENT",id:r.enforcementAction.recordId,label:r.enforcementAction.summary,why:"record ID"}),r.source&&o({kind:"SOURCE",id:r.source.recordId,label:`${r.source.title} (${r.source.publisher})`,why:"record ID"});for(const d of r.byText.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"title, summary or instrument"});for(const d of r.byItem.nodes)o({kind:"MEASURE",id:d.recordId,label:d.title,status:d.status,why:"item covered"});for(const d of r.byParty.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"party ID"});for(const d of r.byName.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"name or alias"});for(const d of r.byList.nodes)o({kind:"DESIGNATION",id:d.recordId,label:`${d.party.name} on ${d.list}`,status:d.status,why:"list name"});for(const d of r.transactions.nodes)u(d.recordId,d.title,d.target.name,d.target.id,...d.acquirers.flatMap(c=>[c.name,c.id]))&&o({kind:"TRANSACTION",id:d.recordId,label:d.title,status:d.status,why:"title or parties"});for(const d of r.dialogues.nodes)u(d.recordId,d.name,...d.parties.flatMap(c=>[c.name,c.id]))&&o({kind:"DIALOGUE",id:d.recordId,label:d.name,why:"name or parties"});for(const d of r.enforcementActions.nodes)u(d.recordId,d.summary,...d.targets.flatMap(c=>[c.name,c.id]))&&o({kind:"ENFORCEMENT",id:d.recordId,label:d.summary,why:"summary or targets"})}return n(S,{children:[n("h1",{children:"Search the ledger"}),n("form",{role:"search",class:"search",onSubmit:d=>{d.preventDefault();const c=String(new FormData(d.currentTarget).get("q")??"").trim();q({q:c||void 0})},children:[n("label",{for:"q",children:"Search records and parties"}),n("input",{id:"q",name:"q",type:"search",defaultValue:t,placeholder:"gallium, Micron, US-2022-ACS, Entity List"},t),n("button",{type:"submit",children:"Search"})]}),!t&&n("p",{children:["Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:"," ",n("a",{href:C(["measures"]),children:"measures"}),", ",n("a",{href:C(["designations"]),children:"designations"}),","," ",n("a",{href:C(["transactions"]),children:"transactions"}),", ",n("a",{href:C(["dialogues"]),children:"dialogues"}),". Every page answers at the valid date and knowledge point above."]}),n(N,{error:i.error}),t&&i.fetching&&!r&&n(R,{}),t&&r&&n(S,{children:[n(Y,{basis:r.byText.basis}),n("h2",{children:[s.length," result",s.length===1?"":"s"," for “",t,"”"]}),n("h3",{children:"Screening against the lists"}),n(pr,{route:e,name:t}),n("p",{children:n("a",{href:C(["screen"],{name:t}),children:["Screen “",t,"” with a birth date, country, identifier or threshold"]})}),n("h3",{children:"Records"}),n("ul",{class:"results",children:s.map(d=>n("li",{children:[n("span",{class:"kind",children:d.kind.toLowerCase()})," ",n(P,{kind:d.kind,id:d.id,children:d.label})," ",n(G,{value:d.status})," ",n("span",{class:"muted",children:["matched by ",d.why," · ",d.id]})]},`${d.kind}/${d.id}`))})]})]})}function va(e){const[t,i="",...r]=e.split(":");return t==="record"&&r.length?{record:{kind:i,id:r.join(":")}}:t==="party"&&i?{partyId:[i,...r].join(":")}:t==="jurisdiction"&&i?{jurisdiction:i.toUpperCase()}:null}function ya({route:e}){const t=e.params.get("subject")??"jurisdiction:CN",i=va(t),r=e.params.get("order")==="VALID"?"VALID":"RECORDED",s=e.params.get("after")??void 0,[a,o]=H(ks,{subject:i??{},order:r,asOf:Z(e),first:25,after:s},!i);re(e,()=>o({requestPolicy:"network-only"}));const l=a.data?.timeline;return J(l?.basis),n(S,{children:[n("h1",{children:"Timeline"}),n("form",{class:"filters","aria-label":"Timeline subject",onSubmit:u=>{u.preventDefault();const d=new FormData(u.currentTarget),c=String(d.get("what")),f=String(d.get("value")??"").trim();q({subject:f?`${c}:${f}`:void 0,order:String(d.get("order")),after:void 0})},children:[n("label",{children:["Subject"," ",n("select",{name:"what",defaultValue:t.split(":")[0],children:[n("option",{value:"jurisdiction",children:"jurisdiction (two letters)"}),n("option",{value:"party",children:"party ID"}),n("option",{value:"record",children:"record (KIND:ID)"})]})]}),n("label",{children:["Which ",n("input",{name:"value",defaultValue:t.split(":").slice(1).join(":"),placeholder:"CN, micron, MEASURE:US-2022-ACS"})]}),n("label",{children:["Order"," ",n("select",{name:"order",defaultValue:r,children:[n("option",{value:"RECORDED",children:"as recorded"}),n("option",{value:"VALID",children:"by valid date"})]})]}),n("button",{type:"submit",children:"Show"})]},e.params.toString()),!i&&n("p",{class:"error",role:"alert",children:["The subject “",t,"” is not of the form jurisdiction:CC, party:ID or record:KIND:ID."]}),n(N,{error:a.error}),a.fetching&&!l&&n(R,{}),l&&n(S,{children:[n(Y,{basis:l.basis}),n("p",{children:[l.totalCount," events."]}),n("ol",{class:"timeline",children:l.nodes.map(u=>n("li",{class:u.retractedAt?"retracted":"",children:[n("span",{class:"when",children:u.validFrom??"—"}),u.validUntil&&n("span",{class:"muted",children:[" to ",u.validUntil]})," ",n("strong",{children:u.event.type.replace(/\.v\d+$/,"").replace(/_/g," ")})," ",n(P,{kind:u.record.kind,id:u.record.id})," ",n("span",{class:"muted",children:["position ",u.event.position,", recorded ",u.event.recordedAt.slice(0,19).replace("T"," ")," by ",u.event.actor,u.correctedAt.length>0&&`, corrected at ${u.correctedAt.join(", ")}`,u.retractedAt&&`, retracted at ${u.retractedAt}`]})]},u.event.position))}),n("nav",{class:"pager","aria-label":"Pages",children:[s&&n("button",{type:"button",onClick:()=>q({after:void 0}),children:"First page"}),n("button",{type:"button",disabled:!l.pageInfo.hasNextPage,onClick:()=>q({after:l.pageInfo.endCursor??void 0}),children:"Next page"})]})]}),n("p",{class:"muted",children:["Other subjects: ",n("a",{href:C(["timeline"],{subject:"jurisdiction:US"}),children:"US"}),","," ",n("a",{href:C(["timeline"],{subject:"jurisdiction:CN"}),children:"CN"}),","," ",n("a",{href:C(["timeline"],{subject:"record:MEASURE:US-2022-ACS",order:"VALID"}),children:"US-2022-ACS by valid date"}),"."]})]})}const ba=[["","Search"],["measures","Measures"],["designations","Designations"],["lists","Lists"],["screen","Screen"],["transactions","Transactions"],["dialogues","Dialogues"],["enforcement","Enforcement"],["timeline","Timeline"],["diff","Diff"],["graph","Graph"],["live","Live"]];function _a({route:e}){switch(e.path[0]??""){case"":case"search":return n(ga,{route:e});case"measures":return n(js,{route:e});case"designations":return n(Ms,{route:e});case"lists":return n(ma,{route:e});case"screen":return n(pa,{route:e});case"transactions":return n(Vs,{route:e});case"dialogues":return n(Us,{route:e});case"enforcement":return n(Hs,{route:e});case"record":return n(ea,{route:e});case"timeline":return n(ya,{route:e});case"diff":return n(Gs,{route:e});case"graph":return n(Js,{route:e});case"escalation":return n(Ks,{route:e});case"live":return n(Ws,{});default:return n(S,{children:[n("h1",{children:"Not found"}),n("p",{role:"alert",children:["There is no page “",e.path.join("/"),"”. ",n("a",{href:C([]),children:"Search the ledger"}),"."]})]})}}function $a(){const[e,t]=Q({head:null,events:[],connected:!1});return ee(()=>{let i=()=>{},r=!1;const s=Dt.on("connected",()=>t(o=>({...o,connected:!0}))),a=Dt.on("closed",()=>t(o=>({...o,connected:!1})));return ke(os,{}).then(({ledger:o})=>{if(r)return;t(u=>({...u,head:Math.max(u.head??0,o.head)}));const l=Qt.subscription(As.toString(),{after:o.head}).subscribe(u=>{const d=u.data?.ledgerEvents;d&&t(c=>c.events.some(f=>f.position===d.position)?c:{...c,head:Math.max(c.head??0,d.position),events:[...c.events.slice(-199),d]})});i=()=>l.unsubscribe()}).catch(()=>{}),()=>{r=!0,i(),s(),a()}},[]),e}function Oa(){const e=wi(),[t,i]=Q(null),r=$a(),s=e.path[0]??"";return ee(()=>{const a=document.querySelector("main h1");document.title=`${a?.textContent??"Ledger Explorer"} · Ledger Explorer`}),n(Kt.Provider,{value:r,children:n(Wt.Provider,{value:{basis:t,setBasis:i},children:[n("a",{class:"skip",href:"#main",onClick:a=>(a.preventDefault(),document.getElementById("main")?.focus()),children:"Skip to content"}),n("header",{children:[n("div",{class:"brand",children:[n("a",{href:C([]),children:"Ledger Explorer"}),n("span",{class:"muted",children:[" ","· head ",n("span",{class:"live-head",children:r.head??"…"}),r.connected?" · live":""," · ",n("a",{href:"/graphiql",children:"GraphiQL"})]})]}),n("nav",{"aria-label":"Sections",children:n("ul",{children:ba.map(([a,o])=>n("li",{children:n("a",{href:C(a?[a]:[]),"aria-current":s===a||a===""&&s==="search"?"page":void 0,children:o})},a))})}),n("div",{class:"controls",children:[n(xs,{route:e}),n(Ns,{})]}),n(Rs,{route:e}),n(Ps,{route:e,head:r.head})]}),n("main",{id:"main",tabIndex:-1,children:n(_a,{route:e})})]})})}addEventListener("unhandledrejection",e=>{e.reason?.name==="AbortError"&&e.preventDefault()});const An=document.getElementById("app");An&&Ir(n(vi,{value:Qt,children:n(Oa,{})}),An);
