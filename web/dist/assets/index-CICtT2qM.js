import{c as hr,_ as pr}from"./client-5J3dfOZ0.js";var I,In,ae,_t,Ye,An,He,Cn,Pt,$t,xn,dt=Symbol.for("pv"),Xe={},Ze=[],mr=/^m(i|n|o|s|text|space)$/,Tt=Array.isArray,En=Ze.slice,pe=Object.assign;function he(e){e&&e.parentNode&&e.remove()}function ze(e,t,n,r,s){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:dt,__v:s||++In,__i:-1,__u:0};return!s&&I.vnode&&I.vnode(a),a}function w(e){return e.children}function Ge(e,t){this.props=e,this.context=t,this.__g=0}function le(e,t){if(t==null)return e.__&&le(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:le(e)}function vr(e){var t,n=e.__v,r=n.__e,s=[],a=[],o=e.__P;o&&((t=pe({constructor:dt},n)).__v=n.__v+1,I.vnode&&I.vnode(t),Lt(o,t,n,e.__n,o.namespaceURI,32&n.__u?[r]:null,s,r||le(n),32&n.__u,a),t.__v=n.__v,t.__.__k[t.__i]=t,Tn(s,t,a),n.__=n.__e=null,t.__e!=r&&Rn(t))}function Rn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Rn(e)}function bt(e){(8&e.__g||(e.__g|=8,ae.push(e),Ye++))&&_t==I.debounceRendering||((_t=I.debounceRendering)||queueMicrotask)(Dn)}function Dn(){try{for(var e,t=1;ae.length;)ae.length>t&&ae.sort(An),e=ae.shift(),t=ae.length,8&e.__g&&vr(e)}finally{(Ye=ae.length)&&(_t||queueMicrotask)(Dn)}}function Fn(e,t,n,r,s,a,o,d,l,c,u){var h,m,f,y,O,$,k=r.__k||Ze,p=t.length;for(l=gr(n,t,k,l,p),h=0;h<p;h++)(f=n.__k[h])!=null&&(m=~f.__i&&k[f.__i]||Xe,f.__i=h,$=Lt(e,f,m,s,a,o,d,l,c,u),y=f.__e,(m.ref!=f.ref||8&m.__u)&&(m.ref&&jt(m.ref,null,f,m),f.ref&&u.push(f.ref,f.__c||y,f)),O=O||y,4&f.__u?(l=Nn(f,l,e,!m.__v),m.__e&&(m.__e=null)):typeof f.type=="function"&&$!==void 0?l=$:y&&(l=y.nextSibling),f.__u&=-21);return n.__e=O,l}function gr(e,t,n,r,s){var a,o,d,l,c,u,h,m,f,y=n.length,O=y,$=0,k=0,p=e.__k=Array(s);for(a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o!="object"||o.constructor===String?o=p[a]=ze(null,o):Tt(o)?o=p[a]=ze(w,{children:o}):o.constructor===dt&&o.__b?o=p[a]=ze(o.type,o.props,o.key,o.ref,o.__v):p[a]=o,l=a+$,o.__=e,o.__b=e.__b+1,d=null,~(c=o.__i=yr(o,n,l,O))&&(O--,(d=n[c])&&(d.__u|=2)),d&&d.__v?(o.__u|=16,c==l-1?$--:c==l+1?$++:c!=l&&(c>l?$--:$++,k=1)):(~c||(s>y?$--:s<y&&$++),typeof o.type!="function"&&(o.__u|=4))):p[a]=null;if(k){for(u=[],h=[],a=0;a<s;a++)if((o=p[a])&&16&o.__u){for($=0,m=u.length;$<m;)u[f=$+m>>1]<o.__i?$=f+1:m=f;u[$]=o.__i,h[a]=$+1}for($=u.length;a--;)h[a]&&(h[a]==$?$--:p[a].__u|=4)}if(O)for(a=0;a<y;a++)!(d=n[a])||2&d.__u||(d.__e==r&&(r=le(d)),qt(d,d));return r}function Nn(e,t,n,r){var s,a,o,d;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&(s[a].__=e,t=Nn(s[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=le(e))&&!t.parentNode&&(t=null),o=e.__e,d=t;d&&d.nodeType==8;)d=d.nextSibling;for(o!=d&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function yr(e,t,n,r){var s,a=e.key,o=e.type,d=t[n],l=d&&!(2&d.__u);if(d===null&&a==null||l&&a==d.key&&o==d.type)return n;if(r>(l?1:0)){for(s=n-1;s>=0;s--)if((d=t[s])&&!(2&d.__u)&&a==d.key&&o==d.type)return s;for(s=n+1;s<t.length;s++)if((d=t[s])&&!(2&d.__u)&&a==d.key&&o==d.type)return s}return-1}function Zt(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function Ve(e,t,n,r,s){var a,o;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Zt(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||Zt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=n,n&&r||(o=$t[t]||($t[t]=_r(t)),(e.__a||(e.__a={}))[t]=Pt,a=t!=(t=t.replace(Cn,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function _r(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[He]==null)t[He]=Pt++;else if(t[He]<this.__a[e])return;return n(I.event?I.event(t):t)}}}function Lt(e,t,n,r,s,a,o,d,l,c){var u,h,m,f,y,O,$,k,p,_,g,D,K,Ue,ue,Xt,se,fe,te=t.type;if(t.constructor!==dt)return null;128&n.__u&&(l=32&n.__u,u=n.__c.__z)&&(t.__u|=l,h=a=[],u.nodeType==8?d=Je(u,a):a.push(u),d=a[0]||d),(u=I.__b)&&u(t);e:if(typeof te=="function"){m=o.length;try{if(k=t.props,p=(u=te.prototype)&&u.render,_=(u=te.contextType)&&r[u.__c],g=u?_?_.props.value:u.__:r,(f=n.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):(p?t.__c=f=new te(k,g):(t.__c=f=new Ge(k,g),f.constructor=te,f.render=br),_&&_.sub(f),f.state||(f.state={}),f.__n=r,f.__g|=8,f.__h=[],f.__k=[]),p&&(f.__s||(f.__s=f.state),te.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=pe({},f.__s)),pe(f.__s,te.getDerivedStateFromProps(k,f.__s)))),y=f.props,O=f.state,f.__v=t,n.__c){if(k!==y&&p&&!te.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(k,g),t.__v==n.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(k,f.__s,g)===!1){t.__v!=n.__v&&(f.props=k,f.state=f.__s,f.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(J){J&&(J.__=t)}),Ze.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&o.push(f),d=le(n);break e}f.componentWillUpdate&&f.componentWillUpdate(k,f.__s,g),p&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(y,O,$)})}else p&&!te.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),p&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=g,f.props=k,f.__P=e,f.__g&=-5,D=I.__r,K=p?25:0;do f.__g&=-9,D&&D(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++K<25);p&&(Ze.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(r=pe({},r,f.getChildContext())),p&&n.__c&&f.getSnapshotBeforeUpdate&&($=f.getSnapshotBeforeUpdate(y,O)),Ue=u&&u.type===w&&u.key==null?u.props.children:u,k.__P&&(u=d,s=(e=k.__P).namespaceURI,l=a=null,n.props&&n.props.__P!=e&&(n.__k.some(function(J){J&&qt(J,J)}),n.__k=null),d=n.__k?le(n,0):null),d=Fn(e,Tt(Ue)?Ue:[Ue],t,n,r,s,a,o,d,l,c),k.__P&&(t.__e=null,d=u),t.__u&=-161,h&&h.some(he),f.__h.length&&o.push(f),1&f.__g&&(f.__g&=-4)}catch(J){if(o.length=m,t.__v=null,l||a)if(J&&J.then){if(t.__u|=128|l,a){for(~(se=a.indexOf(d||void 0))||(se=a.length);(fe=a[se-1])&&fe.nodeType==8;)se--;for(;se<a.length;se++)if(fe=a[se])if(a[se]=null,ue){if(fe==Xt)break}else{if(fe.nodeType!=8)break;fe.data.startsWith("$s")&&(Xt=Je(ue=fe))}}if(!ue){for(;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;ue=d}(u=Je(ue=t.__c.__z||(t.__c.__z=ue)))?(t.__e=ue,d=u):t.__e=d,d=d&&d.nextSibling}else a&&a.some(he);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),J&&J.then||Pn(t),I.__e(J,t,n)}}else d=t.__e=$r(n.__e,t,n,r,s,a,o,l,c,e);return(u=I.diffed)&&u(t),d}function Je(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function Pn(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Pn))}function Tn(e,t,n){for(var r=0;r<n.length;)jt(n[r++],n[r++],n[r++]);I.__c&&I.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){I.__e(a,s.__v)}})}function $r(e,t,n,r,s,a,o,d,l,c){var u,h,m,f,y,O,$,k,p=n.props||Xe,_=t.props,g=t.type;if(g=="svg"?s="http://www.w3.org/2000/svg":g=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a){for(u=0;u<a.length;u++)if((y=a[u])&&(g?y.localName==g:y.nodeType==3)){e=y,a[u]=null;break}}if(!e){if(k=c.ownerDocument||document,!g)return k.createTextNode(_);e=k.createElementNS(s,g,_.is?_:c),d&&(I.__m&&I.__m(t,a),d=!1),a=null}if(g){if(c=g=="template"&&e.content||e,a=g=="textarea"&&_.defaultValue!=null?null:a&&En.call(c.childNodes),!d&&a)for(p={},u=0;u<e.attributes.length;u++)p[(y=e.attributes[u]).name]=y.value;for(u in p)y=p[u],u=="dangerouslySetInnerHTML"?m=y:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||Ve(e,u,null,y,s);for(u in _)y=_[u],u=="children"?f=y:u=="dangerouslySetInnerHTML"?h=y:u=="value"?O=y:u=="checked"?$=y:d&&typeof y!="function"||p[u]===y||Ve(e,u,y,p[u],s);h?(d||m&&(h.__html==m.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(m&&(e.textContent=""),(g=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&mr.test(g))&&(s="http://www.w3.org/1999/xhtml"),Fn(c,Tt(f)?f:[f],t,n,r,s,a,o,a?a[0]:n.__k&&le(n,0),d,l),a&&a.some(he)),d&&g!="textarea"||(u="value",g=="progress"&&O==null?e.removeAttribute(u):O==null||O===e[u]&&(g!="progress"||O)||Ve(e,u,O,p[u],s),u="checked",$!=null&&$!=e[u]&&Ve(e,u,$,p[u],s))}else p===_||d&&e.data==_||(e.data=_);return e}function jt(e,t,n,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){I.__e(s,n)}}function qt(e,t,n){var r,s,a,o;if(I.unmount&&I.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||jt(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(d){I.__e(d,t)}r.__P=r.__n=null}if(r=e.__k)for(o=0;o<r.length;o++)r[o]&&qt(r[o],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(r=e.__c)&&(r=r.__z)&&(s=Je(r,a=[]))&&(r==e.__e&&a.some(he),he(s),he(r)),n||he(e.__e),e.__e=e.__c=e.__=null}function br(e,t,n){return this.constructor(e,n)}function Or(e,t){var n,r,s,a;I.__&&I.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(n=e&&32&e.__u)?null:t.__k,t.__k=ze(w,{children:[e]}),s=[],a=[],Lt(t,t.__k,r||Xe,Xe,t.namespaceURI,r?null:t.firstChild?En.call(t.childNodes):null,s,r?r.__e:t.firstChild,n,a),Tn(s,t.__k,a),t.__k.props.children=null}function Mt(e){function t(n){var r,s;return this.getChildContext||(r=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&r.forEach(function(o){o.__g|=4,bt(o)})},this.sub=function(a){r.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){r.delete(a),o&&o.call(a)}}),n.children}return t.__c="__cC"+xn++,t.__=e,t.Provider=(t.Consumer=function(n,r){return n.children(r)}).contextType=t,t}I={__e:function(e,t,n,r){for(var s,a,o;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((o=(a=s.constructor)&&a.getDerivedStateFromError)&&s.setState(a.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,r||{}),o=1),o&&8&s.__g)return void(s.__g|=2)}catch(d){e=d}}throw Ye=0,e}},In=0,Ge.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=pe({},this.state)),typeof e=="function"&&(e=e(pe({},n),this.props)),e&&(pe(n,e),this.__v&&(t&&this.__k.push(t),bt(this)))},Ge.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),bt(this))},Ge.prototype.render=w,ae=[],Ye=0,An=function(e,t){return e.__v.__b-t.__v.__b},He=Symbol(),Cn=/(PointerCapture)$|Capture$/i,Pt=0,$t={},xn=0;var kr=Symbol.for("pv"),Sr=0;function i(e,t,n,r,s,a){t||(t={});var o,d,l=t;if("ref"in l&&typeof e!="function")for(d in l={},t)d=="ref"?o=t[d]:l[d]=t[d];var c={type:e,props:l,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:kr,__v:--Sr,__i:-1,__u:0};return I.vnode&&I.vnode(c),c}var Ee={NAME:"Name",OPERATION_DEFINITION:"OperationDefinition",FIELD:"Field"};class Ot extends Error{constructor(t,n,r,s,a,o,d){super(t),this.name="GraphQLError",this.message=t,a&&(this.path=a),n&&(this.nodes=Array.isArray(n)?n:[n]),r&&(this.source=r),s&&(this.positions=s),o&&(this.originalError=o);var l=d;if(!l&&o){var c=o.extensions;c&&typeof c=="object"&&(l=c)}this.extensions=l||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return"GraphQLError"}}var b,v;function q(e){return new Ot(`Syntax Error: Unexpected token at ${v} in ${e}`)}function en(e){if(e.lastIndex=v,e.test(b))return b.slice(v,v=e.lastIndex)}var Be=/ +(?=[^\s])/y;function wr(e){for(var t=e.split(`
`),n="",r=0,s=0,a=t.length-1,o=0;o<t.length;o++)Be.lastIndex=0,Be.test(t[o])&&(o&&(!r||Be.lastIndex<r)&&(r=Be.lastIndex),s=s||o,a=o);for(var d=s;d<=a;d++)d!==s&&(n+=`
`),n+=t[d].slice(r).replace(/\\"""/g,'"""');return n}function S(){for(var e=0|b.charCodeAt(v++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|b.charCodeAt(v++))if(e===35)for(;(e=0|b.charCodeAt(v++))&&e!==10&&e!==13;);v--}function Ut(){for(var e=v,t=0|b.charCodeAt(v++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|b.charCodeAt(v++));if(e===v-1)throw q("Name");var n=b.slice(e,--v);return S(),n}function V(){return{kind:"Name",value:Ut()}}var Ir=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Ar=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ge(e){var t;switch(b.charCodeAt(v)){case 91:v++,S();for(var n=[];b.charCodeAt(v)!==93;)n.push(ge(e));return v++,S(),{kind:"ListValue",values:n};case 123:v++,S();for(var r=[];b.charCodeAt(v)!==125;){var s=V();if(b.charCodeAt(v++)!==58)throw q("ObjectField");S(),r.push({kind:"ObjectField",name:s,value:ge(e)})}return v++,S(),{kind:"ObjectValue",fields:r};case 36:if(e)throw q("Variable");return v++,{kind:"Variable",name:V()};case 34:if(b.charCodeAt(v+1)===34&&b.charCodeAt(v+2)===34){if(v+=3,(t=en(Ir))==null)throw q("StringValue");return S(),{kind:"StringValue",value:wr(t.slice(0,-3)),block:!0}}else{var a=v,o;v++;var d=!1;for(o=0|b.charCodeAt(v++);o===92&&(v++,d=!0)||o!==10&&o!==13&&o!==34&&o;o=0|b.charCodeAt(v++));if(o!==34)throw q("StringValue");return t=b.slice(a,v),S(),{kind:"StringValue",value:d?JSON.parse(t):t.slice(1,-1),block:!1}}case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var l=v++,c;(c=0|b.charCodeAt(v++))>=48&&c<=57;);var u=b.slice(l,--v);if((c=b.charCodeAt(v))===46||c===69||c===101){if((t=en(Ar))==null)throw q("FloatValue");return S(),{kind:"FloatValue",value:u+t}}else return S(),{kind:"IntValue",value:u};case 110:if(b.charCodeAt(v+1)===117&&b.charCodeAt(v+2)===108&&b.charCodeAt(v+3)===108)return v+=4,S(),{kind:"NullValue"};break;case 116:if(b.charCodeAt(v+1)===114&&b.charCodeAt(v+2)===117&&b.charCodeAt(v+3)===101)return v+=4,S(),{kind:"BooleanValue",value:!0};break;case 102:if(b.charCodeAt(v+1)===97&&b.charCodeAt(v+2)===108&&b.charCodeAt(v+3)===115&&b.charCodeAt(v+4)===101)return v+=5,S(),{kind:"BooleanValue",value:!1};break}return{kind:"EnumValue",value:Ut()}}function Ln(e){if(b.charCodeAt(v)===40){var t=[];v++,S();do{var n=V();if(b.charCodeAt(v++)!==58)throw q("Argument");S(),t.push({kind:"Argument",name:n,value:ge(e)})}while(b.charCodeAt(v)!==41);return v++,S(),t}}function de(e){if(b.charCodeAt(v)===64){var t=[];do v++,t.push({kind:"Directive",name:V(),arguments:Ln(e)});while(b.charCodeAt(v)===64);return t}}function Cr(){for(var e=0;b.charCodeAt(v)===91;)e++,v++,S();var t={kind:"NamedType",name:V()};do if(b.charCodeAt(v)===33&&(v++,S(),t={kind:"NonNullType",type:t}),e){if(b.charCodeAt(v++)!==93)throw q("NamedType");S(),t={kind:"ListType",type:t}}while(e--);return t}function et(){if(b.charCodeAt(v++)!==123)throw q("SelectionSet");return S(),tt()}function tt(){var e=[];do if(b.charCodeAt(v)===46){if(b.charCodeAt(++v)!==46||b.charCodeAt(++v)!==46)throw q("SelectionSet");switch(v++,S(),b.charCodeAt(v)){case 64:e.push({kind:"InlineFragment",typeCondition:void 0,directives:de(!1),selectionSet:et()});break;case 111:b.charCodeAt(v+1)===110?(v+=2,S(),e.push({kind:"InlineFragment",typeCondition:{kind:"NamedType",name:V()},directives:de(!1),selectionSet:et()})):e.push({kind:"FragmentSpread",name:V(),directives:de(!1)});break;case 123:v++,S(),e.push({kind:"InlineFragment",typeCondition:void 0,directives:void 0,selectionSet:tt()});break;default:e.push({kind:"FragmentSpread",name:V(),directives:de(!1)})}}else{var t=V(),n=void 0;b.charCodeAt(v)===58&&(v++,S(),n=t,t=V());var r=Ln(!1),s=de(!1),a=void 0;b.charCodeAt(v)===123&&(v++,S(),a=tt()),e.push({kind:"Field",alias:n,name:t,arguments:r,directives:s,selectionSet:a})}while(b.charCodeAt(v)!==125);return v++,S(),{kind:"SelectionSet",selections:e}}function xr(){if(S(),b.charCodeAt(v)===40){var e=[];v++,S();do{var t=void 0;if(b.charCodeAt(v)===34&&(t=ge(!0)),b.charCodeAt(v++)!==36)throw q("Variable");var n=V();if(b.charCodeAt(v++)!==58)throw q("VariableDefinition");S();var r=Cr(),s=void 0;b.charCodeAt(v)===61&&(v++,S(),s=ge(!0)),S();var a={kind:"VariableDefinition",variable:{kind:"Variable",name:n},type:r,defaultValue:s,directives:de(!0)};t&&(a.description=t),e.push(a)}while(b.charCodeAt(v)!==41);return v++,S(),e}}function Er(e){var t=V();if(b.charCodeAt(v++)!==111||b.charCodeAt(v++)!==110)throw q("FragmentDefinition");S();var n={kind:"FragmentDefinition",name:t,typeCondition:{kind:"NamedType",name:V()},directives:de(!1),selectionSet:et()};return e&&(n.description=e),n}function tn(){var e=[];do{var t=void 0;if(b.charCodeAt(v)===34&&(t=ge(!0)),b.charCodeAt(v)===123){if(t)throw q("Document");v++,S(),e.push({kind:"OperationDefinition",operation:"query",name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:tt()})}else{var n=Ut();switch(n){case"fragment":e.push(Er(t));break;case"query":case"mutation":case"subscription":var r,s=void 0;(r=b.charCodeAt(v))!==40&&r!==64&&r!==123&&(s=V());var a={kind:"OperationDefinition",operation:n,name:s,variableDefinitions:xr(),directives:de(!1),selectionSet:et()};t&&(a.description=t),e.push(a);break;default:throw q("Document")}}}while(v<b.length);return e}function Rr(e,t){return b=e.body?e.body:e,v=0,S(),t&&t.noLocation?{kind:"Document",definitions:tn()}:{kind:"Document",definitions:tn(),loc:{start:0,end:b.length,startToken:void 0,endToken:void 0,source:{body:b,name:"graphql.web",locationOffset:{line:1,column:1}}}}}function U(e,t,n){for(var r="",s=0;s<e.length;s++)s&&(r+=t),r+=n(e[s]);return r}function Dr(e){return JSON.stringify(e)}function Fr(e){return`"""
`+e.replace(/"""/g,'\\"""')+`
"""`}var Z=`
`,x={OperationDefinition(e){var t="";e.description&&(t+=x.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=" "+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=" "),t+="("+U(e.variableDefinitions,", ",x.VariableDefinition)+")"),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive));var n=x.SelectionSet(e.selectionSet);return t!=="query"?t+" "+n:n},VariableDefinition(e){var t="";return e.description&&(t+=x.StringValue(e.description)+" "),t+=x.Variable(e.variable)+": "+ne(e.type),e.defaultValue&&(t+=" = "+ne(e.defaultValue)),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t},Field(e){var t=e.alias?e.alias.value+": "+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=U(e.arguments,", ",x.Argument);t.length+n.length+2>80?t+="("+(Z+="  ")+U(e.arguments,Z,x.Argument)+(Z=Z.slice(0,-2))+")":t+="("+n+")"}return e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=" "+x.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?Fr(e.value).replace(/\n/g,Z):Dr(e.value)},BooleanValue:e=>""+e.value,NullValue:e=>"null",IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>"$"+e.name.value,ListValue:e=>"["+U(e.values,", ",ne)+"]",ObjectValue:e=>"{"+U(e.fields,", ",x.ObjectField)+"}",ObjectField:e=>e.name.value+": "+ne(e.value),Document(e){return!e.definitions||!e.definitions.length?"":U(e.definitions,`

`,ne)},SelectionSet:e=>"{"+(Z+="  ")+U(e.selections,Z,ne)+(Z=Z.slice(0,-2))+"}",Argument:e=>e.name.value+": "+ne(e.value),FragmentSpread(e){var t="..."+e.name.value;return e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t},InlineFragment(e){var t="...";return e.typeCondition&&(t+=" on "+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t+=" "+x.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t="";return e.description&&(t+=x.StringValue(e.description)+`
`),t+="fragment "+e.name.value,t+=" on "+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t+" "+x.SelectionSet(e.selectionSet)},Directive(e){var t="@"+e.name.value;return e.arguments&&e.arguments.length&&(t+="("+U(e.arguments,", ",x.Argument)+")"),t},NamedType:e=>e.name.value,ListType:e=>"["+ne(e.type)+"]",NonNullType:e=>ne(e.type)+"!"},ne=e=>x[e.kind](e);function Nr(e){return Z=`
`,x[e.kind]?x[e.kind](e):""}var jn=()=>{},M=jn;function Q(e){return{tag:0,0:e}}function Se(e){return{tag:1,0:e}}var kt=()=>typeof Symbol=="function"&&Symbol.asyncIterator||"@@asyncIterator",qn=e=>e;function Pr(e){return t=>n=>{var r=[],s=M,a=M,o=!1,d=!1,l=!1,c=!1;function u(h){l=!0,h((m=>{m===0?l&&(l=!1,r.length?u(e(r.shift())):c?n(0):o||(o=!0,s(0))):m.tag===0?(d=!1,(a=m[0])(0)):l&&(n(m),d?d=!1:a(0))}))}t((h=>{c||(h===0?(c=!0,!l&&!r.length&&n(0)):h.tag===0?s=h[0]:(o=!1,l?r.push(h[0]):u(e(h[0]))))})),n(Q((h=>{h===1?(c||(c=!0,s(1)),l&&(l=!1,a(1))):(!c&&!o&&(o=!0,s(0)),l&&!d&&(d=!0,a(0)))})))}}function Tr(e){return Pr(qn)(e)}function Mn(e){return Tr(Gn(e))}function P(e){return t=>n=>{var r=M;t((s=>{s===0?n(0):s.tag===0?(r=s[0],n(s)):e(s[0])?n(s):r(0)}))}}function Re(e){return t=>n=>t((r=>{r===0||r.tag===0?n(r):n(Se(e(r[0])))}))}function Vt(e){return t=>n=>{var r=[],s=M,a=!1,o=!1;t((d=>{o||(d===0?(o=!0,r.length||n(0)):d.tag===0?s=d[0]:(a=!1,(function(c){var u=M;c((h=>{if(h===0){if(r.length){var m=r.indexOf(u);m>-1&&(r=r.slice()).splice(m,1),r.length||(o?n(0):a||(a=!0,s(0)))}}else h.tag===0?(r.push(u=h[0]),u(0)):r.length&&(n(h),u(0))}))})(e(d[0])),a||(a=!0,s(0))))})),n(Q((d=>{if(d===1){o||(o=!0,s(1));for(var l=0,c=r,u=r.length;l<u;l++)c[l](1);r.length=0}else{!o&&!a?(a=!0,s(0)):a=!1;for(var h=0,m=r,f=r.length;h<f;h++)m[h](0)}})))}}function Lr(e){return Vt(qn)(e)}function ye(e){return Lr(Gn(e))}function Un(e){return t=>n=>{var r=!1;t((s=>{if(!r)if(s===0)r=!0,n(0),e();else if(s.tag===0){var a=s[0];n(Q((o=>{o===1?(r=!0,a(1),e()):a(o)})))}else n(s)}))}}function Vn(e){return t=>n=>{var r=!1;t((s=>{if(!r)if(s===0)r=!0,n(0);else if(s.tag===0){var a=s[0];n(Q((o=>{o===1&&(r=!0),a(o)})))}else e(s[0]),n(s)}))}}function nn(e){return t=>n=>t((r=>{r===0?n(0):r.tag===0?(n(r),e()):n(r)}))}function jr(e,t){return n=>r=>{var s=t;n((a=>{a===0?r(0):a.tag===0?r(a):r(Se(s=e(s,a[0])))}))}}function _e(e){var t=[],n=M,r=!1;return s=>{t.push(s),t.length===1&&e((a=>{if(a===0){for(var o=0,d=t,l=t.length;o<l;o++)d[o](0);t.length=0}else if(a.tag===0)n=a[0];else{r=!1;for(var c=0,u=t,h=t.length;c<h;c++)u[c](a)}})),s(Q((a=>{if(a===1){var o=t.indexOf(s);o>-1&&(t=t.slice()).splice(o,1),t.length||n(1)}else r||(r=!0,n(0))})))}}function St(e){return t=>n=>{var r=M,s=M,a=!1,o=!1,d=!1,l=!1;t((c=>{l||(c===0?(l=!0,d||n(0)):c.tag===0?r=c[0]:(d&&(s(1),s=M),a?a=!1:(a=!0,r(0)),(function(h){d=!0,h((m=>{d&&(m===0?(d=!1,l?n(0):a||(a=!0,r(0))):m.tag===0?(o=!1,(s=m[0])(0)):(n(m),o?o=!1:s(0)))}))})(e(c[0]))))})),n(Q((c=>{c===1?(l||(l=!0,r(1)),d&&(d=!1,s(1))):(!l&&!a&&(a=!0,r(0)),d&&!o&&(o=!0,s(0)))})))}}function Bn(e){return t=>n=>{var r=M,s=!1,a=0;t((o=>{s||(o===0?(s=!0,n(0)):o.tag===0?r=o[0]:a++<e?(n(o),!s&&a>=e&&(s=!0,n(0),r(1))):n(o))})),n(Q((o=>{o===1&&!s?(s=!0,r(1)):o===0&&!s&&a<e&&r(0)})))}}function Bt(e){return t=>n=>{var r=M,s=M,a=!1;t((o=>{a||(o===0?(a=!0,s(1),n(0)):o.tag===0?(r=o[0],e((d=>{d===0||(d.tag===0?(s=d[0])(0):(a=!0,s(1),r(1),n(0)))}))):n(o))})),n(Q((o=>{o===1&&!a?(a=!0,r(1),s(1)):a||r(0)})))}}function Hn(e,t){return n=>r=>{var s=M,a=!1;n((o=>{a||(o===0?(a=!0,r(0)):o.tag===0?(s=o[0],r(o)):e(o[0])?r(o):(a=!0,t&&r(o),r(0),s(1)))}))}}function qr(e){return t=>e()(t)}function zn(e){return t=>{var n=e[kt()]&&e[kt()]()||e,r=!1,s=!1,a=!1,o;t(Q((async d=>{if(d===1)r=!0,n.return&&n.return();else if(s)a=!0;else{for(a=s=!0;a&&!r;)if((o=await n.next()).done)r=!0,n.return&&await n.return(),t(0);else try{a=!1,t(Se(o.value))}catch(l){if(n.throw)(r=!!(await n.throw(l)).done)&&t(0);else throw l}s=!1}})))}}function Mr(e){return e[kt()]?zn(e):t=>{var n=e[Symbol.iterator](),r=!1,s=!1,a=!1,o;t(Q((d=>{if(d===1)r=!0,n.return&&n.return();else if(s)a=!0;else{for(a=s=!0;a&&!r;)if((o=n.next()).done)r=!0,n.return&&n.return(),t(0);else try{a=!1,t(Se(o.value))}catch(l){if(n.throw)(r=!!n.throw(l).done)&&t(0);else throw l}s=!1}})))}}var Gn=Mr;function ce(e){return t=>{var n=!1;t(Q((r=>{r===1?n=!0:n||(n=!0,t(Se(e)),t(0))})))}}function Jn(e){return t=>{var n=!1,r=e({next(s){n||t(Se(s))},complete(){n||(n=!0,t(0))}});t(Q((s=>{s===1&&!n&&(n=!0,r())})))}}function Qn(){var e,t;return{source:_e(Jn((n=>(e=n.next,t=n.complete,jn)))),next(n){e&&e(n)},complete(){t&&t()}}}function Fe(e){return t=>{var n=M,r=!1;return t((s=>{s===0?r=!0:s.tag===0?(n=s[0])(0):r||(e(s[0]),n(0))})),{unsubscribe(){r||(r=!0,n(1))}}}}function Ur(e){Fe((t=>{}))(e)}function Vr(e){return new Promise((t=>{var n=M,r;e((s=>{s===0?Promise.resolve(r).then(t):s.tag===0?(n=s[0])(0):(r=s[0],n(0))}))}))}var Br=e=>e&&typeof e.message=="string"&&(e.extensions||e.name==="GraphQLError")?e:typeof e=="object"&&typeof e.message=="string"?new Ot(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new Ot(e);class Ht extends Error{constructor(t){var n=(t.graphQLErrors||[]).map(Br),r=((s,a)=>{var o="";if(s)return`[Network] ${s.message}`;if(a)for(var d=0,l=a.length;d<l;d++)o&&(o+=`
`),o+=`[GraphQL] ${a[d].message}`;return o})(t.networkError,n);super(r),this.name="CombinedError",this.message=r,this.graphQLErrors=n,this.networkError=t.networkError,this.response=t.response}toString(){return this.message}}var Qe=(e,t)=>{for(var n=0|(t||5381),r=0,s=0|e.length;r<s;r++)n=(n<<5)+n+e.charCodeAt(r);return n},me=new Set,rn=new WeakMap,ve=(e,t)=>{if(e===null||me.has(e))return"null";if(typeof e!="object")return JSON.stringify(e)||"";if(e.toJSON)return ve(e.toJSON(),t);if(Array.isArray(e)){for(var n="[",r=0,s=e.length;r<s;r++)n.length>1&&(n+=","),n+=ve(e[r],t)||"null";return n+="]"}else if(!t&&(rt!==$e&&e instanceof rt||it!==$e&&e instanceof it))return"null";var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=rn.get(e)||Math.random().toString(36).slice(2);return rn.set(e,o),ve({__key:o},t)}me.add(e);for(var d="{",l=0,c=a.length;l<c;l++){var u=ve(e[a[l]],t);u&&(d.length>1&&(d+=","),d+=ve(a[l],t)+":"+u)}return me.delete(e),d+="}"},wt=(e,t,n)=>{if(!(n==null||typeof n!="object"||n.toJSON||me.has(n)))if(Array.isArray(n))for(var r=0,s=n.length;r<s;r++)wt(e,`${t}.${r}`,n[r]);else if(n instanceof rt||n instanceof it)e.set(t,n);else{me.add(n);for(var a in n)wt(e,`${t}.${a}`,n[a])}},nt=(e,t)=>(me.clear(),ve(e,t||!1));class $e{}var rt=typeof File<"u"?File:$e,it=typeof Blob<"u"?Blob:$e,Hr=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,zr=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,Gr=(e,t)=>t%2==0?e.replace(zr,`
`):e,sn=e=>e.split(Hr).map(Gr).join("").trim(),an=new Map,Ke=new Map,zt=e=>{var t;return typeof e=="string"?t=sn(e):e.loc&&Ke.get(e.__key)===e?t=e.loc.source.body:(t=an.get(e)||sn(Nr(e)),an.set(e,t)),typeof e!="string"&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:"gql",locationOffset:{line:1,column:1}}}),t},on=e=>{var t;if(e.documentId)t=Qe(e.documentId);else if(t=Qe(zt(e)),e.definitions){var n=Wn(e);n&&(t=Qe(`
# ${n}`,t))}return t},Kn=e=>{var t,n;return typeof e=="string"?(t=on(e),n=Ke.get(t)||Rr(e,{noLocation:!0})):(t=e.__key||on(e),n=Ke.get(t)||e),n.loc||zt(n),n.__key=t,Ke.set(t,n),n},We=(e,t,n)=>{var r=t||{},s=Kn(e),a=nt(r,!0),o=s.__key;return a!=="{}"&&(o=Qe(a,o)),{key:o,query:s,variables:r,extensions:n}},Wn=e=>{for(var t=0,n=e.definitions.length;t<n;t++){var r=e.definitions[t];if(r.kind===Ee.OPERATION_DEFINITION)return r.name?r.name.value:void 0}},st=(e,t,n)=>{var r=t.payload||t;if(!("data"in r||"errors"in r&&Array.isArray(r.errors)))throw new Error("No Content");var s=e.kind==="subscription";return{operation:e,data:r.data,error:Array.isArray(r.errors)?new Ht({graphQLErrors:r.errors,response:n}):void 0,extensions:r.extensions?{...r.extensions}:void 0,hasNext:t.hasNext==null?s:t.hasNext,stale:!1}},at=(e,t)=>{if(typeof e=="object"&&e!=null){if(Array.isArray(e)){e=[...e];for(var n=0,r=t.length;n<r;n++)e[n]=at(e[n],t[n]);return e}if(!e.constructor||e.constructor===Object){e={...e};for(var s in t)e[s]=at(e[s],t[s]);return e}}return t},Yn=(e,t,n,r)=>{var s=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},d=t.incremental;"path"in t&&(d=[t]);var l={data:e.data};if(d)for(var c=function(){var m=d[u];Array.isArray(m.errors)&&s.push(...m.errors),m.extensions&&(Object.assign(o,m.extensions),a=!0);var f="data",y=l,O=[];if(m.path)O=m.path;else if(r){var $=r.find((K=>K.id===m.id));m.subPath?O=[...$.path,...m.subPath]:O=$.path}for(var k=0,p=O.length;k<p;f=O[k++])y=y[f]=Array.isArray(y[f])?[...y[f]]:{...y[f]};if(m.items)for(var _=+f>=0?f:0,g=0,D=m.items.length;g<D;g++)y[_+g]=at(y[_+g],m.items[g]);else m.data!==void 0&&(y[f]=at(y[f],m.data))},u=0,h=d.length;u<h;u++)c();else l.data=(t.payload||t).data||e.data,s=t.errors||t.payload&&t.payload.errors||s;return{operation:e.operation,data:l.data,error:s.length?new Ht({graphQLErrors:s,response:n}):void 0,extensions:a?o:void 0,hasNext:t.hasNext!=null?t.hasNext:e.hasNext,stale:!1}},Xn=(e,t,n)=>({operation:e,data:void 0,error:new Ht({networkError:t,response:n}),extensions:void 0,hasNext:!1,stale:!1});function Zn(e){var t={query:void 0,documentId:void 0,operationName:Wn(e.query),variables:e.variables||void 0,extensions:e.extensions};return"documentId"in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:(!e.extensions||!e.extensions.persistedQuery||e.extensions.persistedQuery.miss)&&(t.query=zt(e.query)),t}var Jr=(e,t)=>{var n=e.kind==="query"&&e.context.preferGetMethod;if(!n||!t)return e.context.url;var r=Qr(e.context.url);for(var s in t){var a=t[s];a&&r[1].set(s,typeof a=="object"?nt(a):a)}var o=r.join("?");return o.length>2047&&n!=="force"?(e.context.preferGetMethod=!1,e.context.url):o},Qr=e=>{var t=e.indexOf("?");return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},Kr=(e,t)=>{if(t&&!(e.kind==="query"&&e.context.preferGetMethod)){var n=nt(t),r=(d=>{var l=new Map;return(rt!==$e||it!==$e)&&(me.clear(),wt(l,"variables",d)),l})(t.variables);if(r.size){var s=new FormData;s.append("operations",n),s.append("map",nt({...[...r.keys()].map((d=>[d]))}));var a=0;for(var o of r.values())s.append(""+a++,o);return s}return n}},Wr=(e,t)=>{var n={accept:e.kind==="subscription"?"text/event-stream, multipart/mixed":"application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed"},r=(typeof e.context.fetchOptions=="function"?e.context.fetchOptions():e.context.fetchOptions)||{};if(r.headers)if((o=>"has"in o&&!Object.keys(o).length)(r.headers))r.headers.forEach(((o,d)=>{n[d]=o}));else if(Array.isArray(r.headers))r.headers.forEach(((o,d)=>{Array.isArray(o)?n[o[0]]?n[o[0]]=`${n[o[0]]},${o[1]}`:n[o[0]]=o[1]:n[d]=o}));else for(var s in r.headers)n[s.toLowerCase()]=r.headers[s];var a=Kr(e,t);return typeof a=="string"&&!n["content-type"]&&(n["content-type"]="application/json"),{...r,method:a?"POST":"GET",body:a,headers:n}},Yr=/boundary="?([^=";]+)"?/i,Xr=/data: ?([^\n]+)/;async function*dn(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var n=e.body.getReader(),r;try{for(;!(r=await n.read()).done;)yield r.value}finally{n.cancel()}}}async function*cn(e,t){var n=typeof TextDecoder<"u"?new TextDecoder:null,r="",s;for await(var a of e)for(r+=a.constructor.name==="Buffer"?a.toString():n.decode(a,{stream:!0});(s=r.indexOf(t))>-1;)yield r.slice(0,s),r=r.slice(s+t.length)}async function*Zr(e,t,n){var r=!0,s=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,n)).headers.get("Content-Type")||"",d;/multipart\/mixed/i.test(o)?d=(async function*(h,m){var f=h.match(Yr),y="--"+(f?f[1]:"-"),O=!0,$;for await(var k of cn(dn(m),`\r
`+y)){if(O){O=!1;var p=k.indexOf(y);if(p>-1)k=k.slice(p+y.length);else continue}try{yield $=JSON.parse(k.slice(k.indexOf(`\r
\r
`)+4))}catch(_){if(!$)throw _}if($&&$.hasNext===!1)break}$&&$.hasNext!==!1&&(yield{hasNext:!1})})(o,a):/text\/event-stream/i.test(o)?d=(async function*(h){var m;for await(var f of cn(dn(h),`

`)){var y=f.match(Xr);if(y){var O=y[1];try{yield m=JSON.parse(O)}catch($){if(!m)throw $}if(m&&m.hasNext===!1)break}}m&&m.hasNext!==!1&&(yield{hasNext:!1})})(a):/text\//i.test(o)?d=(async function*(h){var m=await h.text();try{var f=JSON.parse(m);yield f}catch{throw new Error(m)}})(a):d=(async function*(h){yield JSON.parse(await h.text())})(a);var l;for await(var c of d)c.pending&&!s?l=c.pending:c.pending&&(l=[...l,...c.pending]),s=s?Yn(s,c,a,l):st(e,c,a),r=!1,yield s,r=!0;s||(yield s=st(e,{},a))}catch(u){if(!r)throw u;yield Xn(e,a&&(a.status<200||a.status>=300)&&a.statusText?new Error(a.statusText):u,a)}}function ei(e,t,n){var r;return typeof AbortController<"u"&&(n.signal=(r=new AbortController).signal),Un((()=>{r&&r.abort()}))(P((s=>!!s))(zn(Zr(e,t,n))))}var It=(e,t)=>{if(Array.isArray(e))for(var n=0,r=e.length;n<r;n++)It(e[n],t);else if(typeof e=="object"&&e!==null)for(var s in e)s==="__typename"&&typeof e[s]=="string"?t.add(e[s]):It(e[s],t);return t},At=e=>{if("definitions"in e){for(var t=[],n=0,r=e.definitions.length;n<r;n++){var s=At(e.definitions[n]);t.push(s)}return{...e,definitions:t}}if("directives"in e&&e.directives&&e.directives.length){for(var a=[],o={},d=0,l=e.directives.length;d<l;d++){var c=e.directives[d],u=c.name.value;u[0]!=="_"?a.push(c):u=u.slice(1),o[u]=c}e={...e,directives:a,_directives:o}}if("selectionSet"in e){var h=[],m=e.kind===Ee.OPERATION_DEFINITION;if(e.selectionSet){for(var f=0,y=e.selectionSet.selections.length;f<y;f++){var O=e.selectionSet.selections[f];m=m||O.kind===Ee.FIELD&&O.name.value==="__typename"&&!O.alias;var $=At(O);h.push($)}return m||h.push({kind:Ee.FIELD,name:{kind:Ee.NAME,value:"__typename"},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:h}}}}return e},ln=new Map,ti=e=>{var t=Kn(e),n=ln.get(t.__key);return n||(ln.set(t.__key,n=At(t)),Object.defineProperty(n,"__key",{value:t.__key,enumerable:!1})),n};function un(e){var t=n=>e(n);return t.toPromise=()=>Vr(Bn(1)(P((n=>!n.stale&&!n.hasNext))(t))),t.then=(n,r)=>t.toPromise().then(n,r),t.subscribe=n=>Fe(n)(t),t}function be(e,t,n){return{...t,kind:e,context:t.context?{...t.context,...n}:n||t.context}}var fn=(e,t)=>be(e.kind,e,{meta:{...e.context.meta,...t}}),ni=()=>{},ht=({kind:e})=>e!=="mutation"&&e!=="query",ri=e=>{var t=ti(e.query);if(t!==e.query){var n=be(e.kind,e);return n.query=t,n}else return e},ii=({forward:e,client:t,dispatchDebug:n})=>{var r=new Map,s=new Map,a=o=>o.kind==="query"&&o.context.requestPolicy!=="network-only"&&(o.context.requestPolicy==="cache-only"||r.has(o.key));return o=>{var d=Re((c=>{var u=r.get(c.key),h=u||st(c,{data:null});return h={...h,operation:fn(c,{cacheOutcome:u?"hit":"miss"})},c.context.requestPolicy==="cache-and-network"&&(h.stale=!0,hn(t,c)),h}))(P((c=>!ht(c)&&a(c)))(o)),l=Vn((c=>{var{operation:u}=c;if(u){var h=u.context.additionalTypenames||[];if(c.operation.kind!=="subscription"&&(h=(D=>[...It(D,new Set)])(c.data).concat(h)),c.operation.kind==="mutation"||c.operation.kind==="subscription"){for(var m=new Set,f=0;f<h.length;f++){var y=h[f],O=s.get(y);O||s.set(y,O=new Set);for(var $ of O.values())m.add($);O.clear()}for(var k of m.values())r.has(k)&&(u=r.get(k).operation,r.delete(k),hn(t,u))}else if(u.kind==="query"&&c.data){r.set(u.key,c);for(var p=0;p<h.length;p++){var _=h[p],g=s.get(_);g||s.set(_,g=new Set),g.add(u.key)}}}}))(e(P((c=>c.kind!=="query"||c.context.requestPolicy!=="cache-only"))(Re((c=>fn(c,{cacheOutcome:"miss"})))(ye([Re(ri)(P((c=>!ht(c)&&!a(c)))(o)),P((c=>ht(c)))(o)])))));return ye([d,l])}},hn=(e,t)=>e.reexecuteOperation(be(t.kind,t,{requestPolicy:"network-only"})),si=({forwardSubscription:e,enableAllOperations:t,isSubscriptionOperation:n})=>({client:r,forward:s})=>{var a=n||(o=>o.kind==="subscription"||!!t&&(o.kind==="query"||o.kind==="mutation"));return o=>{var d=Vt((c=>{var{key:u}=c,h=P((m=>m.kind==="teardown"&&m.key===u))(o);return Bt(h)((m=>{var f=e(Zn(m),m);return Jn((y=>{var O=!1,$,k;function p(_){y.next(k=k?Yn(k,_):st(m,_))}return Promise.resolve().then((()=>{O||($=f.subscribe({next:p,error(_){Array.isArray(_)?p({errors:_}):y.next(Xn(m,_)),y.complete()},complete(){O||(O=!0,k&&k.hasNext?p({hasNext:!1}):m.kind==="subscription"&&r.reexecuteOperation(be("teardown",m,m.context)),y.complete())}}))})),()=>{O=!0,$&&$.unsubscribe()}}))})(c))}))(P((c=>c.kind!=="teardown"&&a(c)))(o)),l=s(P((c=>c.kind==="teardown"||!a(c)))(o));return ye([d,l])}},ai=({forward:e,dispatchDebug:t})=>n=>{var r=Vt((a=>{var o=Zn(a),d=Jr(a,o),l=Wr(a,o),c=Bt(P((u=>u.kind==="teardown"&&u.key===a.key))(n))(ei(a,d,l));return c}))(P((a=>a.kind!=="teardown"&&(a.kind!=="subscription"||!!a.context.fetchSubscriptions)))(n)),s=e(P((a=>a.kind==="teardown"||a.kind==="subscription"&&!a.context.fetchSubscriptions))(n));return ye([r,s])},oi=e=>({client:t,forward:n,dispatchDebug:r})=>e.reduceRight(((s,a)=>a({client:t,forward(o){return _e(s(_e(o)))},dispatchDebug(o){}})),n),di=({dispatchDebug:e})=>t=>P((n=>!1))(t),ci=function e(t){var n=0,r=new Map,s=new Map,a=new Set,o=[],d={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod!=null?t.preferGetMethod:"within-url-limit",requestPolicy:t.requestPolicy||"cache-first"},l=Qn();function c(p){(p.kind==="mutation"||p.kind==="teardown"||!a.has(p.key))&&(p.kind==="teardown"?a.delete(p.key):p.kind!=="mutation"&&a.add(p.key),l.next(p))}var u=!1;function h(p){if(p&&c(p),!u){for(u=!0;u&&(p=o.shift());)c(p);u=!1}}var m=p=>{var _=Bt(P((g=>g.kind==="teardown"&&g.key===p.key))(l.source))(P((g=>g.operation.kind===p.kind&&g.operation.key===p.key&&(!g.operation.context._instance||g.operation.context._instance===p.context._instance)))(k));return p.kind!=="query"?_=Hn((g=>!!g.hasNext),!0)(_):_=St((g=>{var D=ce(g);return g.stale||g.hasNext?D:ye([D,Re((()=>(g.stale=!0,g)))(Bn(1)(P((K=>K.key===p.key))(l.source)))])}))(_),p.kind!=="mutation"?_=Un((()=>{a.delete(p.key),r.delete(p.key),s.delete(p.key),u=!1;for(var g=o.length-1;g>=0;g--)o[g].key===p.key&&o.splice(g,1);c(be("teardown",p,p.context))}))(Vn((g=>{if(g.stale)if(!g.hasNext)a.delete(p.key);else for(var D=0;D<o.length;D++){var K=o[D];if(K.key===g.operation.key){a.delete(K.key);break}}else g.hasNext||a.delete(p.key);r.set(p.key,g)}))(_)):_=nn((()=>{c(p)}))(_),_e(_)},f=this instanceof e?this:Object.create(e.prototype),y=Object.assign(f,{suspense:!!t.suspense,operations$:l.source,reexecuteOperation(p){if(p.kind==="teardown")h(p);else if(p.kind==="mutation")o.push(p),Promise.resolve().then(h);else if(s.has(p.key)){for(var _=!1,g=0;g<o.length;g++)o[g].key===p.key&&(o[g]=p,_=!0);_||a.has(p.key)&&p.context.requestPolicy!=="network-only"?(a.delete(p.key),Promise.resolve().then(h)):(o.push(p),Promise.resolve().then(h))}},createRequestOperation(p,_,g){return g||(g={}),be(p,_,{_instance:p==="mutation"?n=n+1|0:void 0,...d,...g,requestPolicy:g.requestPolicy||d.requestPolicy,suspense:g.suspense||g.suspense!==!1&&y.suspense})},executeRequestOperation(p){return p.kind==="mutation"?un(m(p)):un(qr((()=>{var _=s.get(p.key);_||s.set(p.key,_=m(p)),_=nn((()=>{h(p)}))(_);var g=r.get(p.key);return p.kind==="query"&&g&&(g.stale||g.hasNext)?St(ce)(ye([_,P((D=>D===r.get(p.key)))(ce(g))])):_})))},executeQuery(p,_){var g=y.createRequestOperation("query",p,_);return y.executeRequestOperation(g)},executeSubscription(p,_){var g=y.createRequestOperation("subscription",p,_);return y.executeRequestOperation(g)},executeMutation(p,_){var g=y.createRequestOperation("mutation",p,_);return y.executeRequestOperation(g)},readQuery(p,_,g){var D=null;return Fe((K=>{D=K}))(y.query(p,_,g)).unsubscribe(),D},query:(p,_,g)=>y.executeQuery(We(p,_),g),subscription:(p,_,g)=>y.executeSubscription(We(p,_),g),mutation:(p,_,g)=>y.executeMutation(We(p,_),g)}),O=ni,$=oi(t.exchanges),k=_e($({client:y,dispatchDebug:O,forward:di({dispatchDebug:O})})(l.source));return Ur(k),y},Oe,E,pt,pn,Ct=Object.is,Ne=0,er=[],xt=[],R=I,mn=R.__b,vn=R.__r,gn=R.diffed,yn=R.__c,_n=R.unmount,$n=R.__;function ct(e,t){R.__h&&R.__h(E,e,Ne||t),Ne=0;var n=E.__H||(E.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function z(e){return Ne=1,li(nr,e)}function li(e,t,n){var r=ct(Oe++,2);if(r.t=e,!r.__c&&(r.__=[nr(void 0,t),function(a){var o=(r.__N||r.__)[0],d=r.t(o,a);Ct(o,d)||(r.__N=[d,r.__[1]],r.__c.setState({}))}],r.__c=E,!E.__f)){E.__f=!0;var s=E.shouldComponentUpdate;E.shouldComponentUpdate=function(a,o,d){var l=this.__H;if(!l)return!0;var c=!1,u=this.props!=a;if(l.__.some(function(m){m.__N&&(c=!0,Ct(m.__[0],m.__N[0])||(u=!0))}),s){var h=s.call(this,a,o,d);return c?h||u:h}return!c||u}}return r.__}function W(e,t){var n=ct(Oe++,3);!R.__s&&tr(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,E.__H.__h.push(n))}function Gt(e){return Ne=5,Te(function(){return{current:e}},[])}function Te(e,t){var n=ct(Oe++,7);return tr(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function mt(e,t){return Ne=8,Te(function(){return e},t)}function Le(e){var t=E.context[e.__c],n=ct(Oe++,9);return n.c=e,t?(n.__==null&&(n.__=!0,t.sub(E)),t.props.value):e.__}function ui(){var e;do{for(;e=xt.shift();)try{De(e)}catch(n){R.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=er.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(Et),t.__h=[]}catch(n){t.__h=[],R.__e(n,e.__v)}}}while(xt.length)}R.__b=function(e){E=null,mn&&mn(e)},R.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),$n&&$n(e,t)},R.__r=function(e){vn&&vn(e),Oe=0;var t=(E=e.__c).__H;t&&(pt==E?E.__h=[]:(t.__h.some(De),t.__h.some(Et),Oe=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),pt=E},R.diffed=function(e){gn&&gn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&On(er.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),pt=E=null},R.__c=function(e,t){t.some(function(n){try{n.__h.some(De),n.__h=n.__h.filter(function(r){return!r.__||Et(r)})}catch(r){n.__h=[function(){throw r}]}}),yn&&yn(e,t)},R.unmount=function(e){_n&&_n(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(s){try{if(s.__P&&s.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}s.__P=n,On(xt.push(s))}else De(s)}catch(a){t=a}}),r.__H=void 0,t&&R.__e(t,r.__v))};var bn=typeof requestAnimationFrame=="function";function fi(e){var t,n=function(){clearTimeout(r),bn&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);bn&&(t=requestAnimationFrame(n))}function On(e){e!=1&&pn==R.requestAnimationFrame||((pn=R.requestAnimationFrame)||fi)(ui)}function De(e){var t=E,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),E=t}function Et(e){var t=E;e.__c=e.__(),E=t}function tr(e,t){return!e||e.length!=t.length||t.some(function(n,r){return!Ct(n,e[r])})}function nr(e,t){return typeof t=="function"?t(e):t}var hi={},lt=Mt(hi),pi=lt.Provider;lt.Consumer;lt.displayName="UrqlContext";var mi=()=>{var e=Le(lt);return e},vt=!1,vi=(e,t)=>e===t||!(!e||!t||e.key!==t.key),gi=(e,t)=>{if(typeof e!="object"||typeof t!="object")return e!==t;for(var n in e)if(!(n in t))return!0;for(var r in t)if(r==="operation"?!vi(e[r],t[r]):e[r]!==t[r])return!0;return!1};function yi(e,t){var[n,r]=Te((()=>{var o=Qn();return[Mn([ce(e),o.source]),d=>{d!==e&&o.next(e=d)}]}),[]),[s,a]=z((()=>{vt=!0;var o;try{Fe((d=>{o=d}))(t(ce(e))).unsubscribe()}finally{vt=!1}return o}));return W((()=>Fe((o=>{vt||a((d=>gi(d,o)?o:d))}))(t(n,s)).unsubscribe),[n]),[s,r]}function _i(e,t){var n=Gt(void 0);return Te((()=>{var r=We(e,t);return n.current!==void 0&&n.current.key===r.key?n.current:(n.current=r,r)}),[e,t])}var $i={fetching:!1,stale:!1,hasNext:!1,error:void 0,data:void 0,extensions:void 0,operation:void 0},gt=(e,t)=>t&&t.suspense!==void 0?!!t.suspense:e.suspense,yt=new Map;function bi(e){var t=mi(),n=_i(e.query,e.variables),r=mt((l=>{var c=gt(t,e.context),u=c?yt.get(n.key):void 0;return u||(u=t.executeQuery(n,{requestPolicy:e.requestPolicy,...e.context,...l}),c&&(u=(function(m){var f=_e(m),y,O;return $=>{var k=!1;if(Hn((_=>(y===void 0&&Promise.resolve(_).then(O),y=_,!k)))(f)($),y!==void 0){var p=[y];p.tag=1,$(p)}else throw k=!0,$(0),new Promise((_=>{O=_}))}})(u),typeof window<"u"&&yt.set(n.key,u))),u}),[t,n,e.requestPolicy,e.context]),s=Te((()=>e.pause?null:r()),[e.pause,r]),[a,o]=yi(s,mt(((l,c)=>jr(((u,h)=>({...u,...h})),c||$i)(St((u=>u?Mn([ce({fetching:!0,stale:!1}),Re((({stale:h,data:m,error:f,extensions:y,operation:O,hasNext:$})=>({fetching:!1,stale:!!h,hasNext:$,data:m,error:f,operation:O,extensions:y})))(u),ce({fetching:!1,stale:!1,hasNext:!1})]):ce({fetching:!1,stale:!1,hasNext:!1})))(l))),[])),d=mt((l=>{o(r({suspense:!1,...l}))}),[o,r]);return W((()=>{yt.delete(n.key),gt(t,e.context)||o(s)}),[o,t,s,n,e.context]),gt(t,e.context)&&o(s),[a,d]}const rr=new URL("/graphql",location.href).toString(),Rt=hr({url:rr.replace(/^http/,"ws"),lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0}),Jt=new ci({url:rr,preferGetMethod:!1,requestPolicy:"cache-and-network",exchanges:[ii,ai,si({forwardSubscription(e){const t={...e,query:e.query||""};return{subscribe(n){return{unsubscribe:Rt.subscribe(t,n)}}}}})]});function Y(e,t,n=!1){return bi({query:e.toString(),variables:t,pause:n})}async function ke(e,t){const n=await Jt.query(e.toString(),t,{requestPolicy:"network-only"}).toPromise();if(n.error)throw n.error;if(!n.data)throw new Error("the server answered no data");return n.data}const Oi=["valid","pos","known"];function ir(e){const t=e.replace(/^#/,""),n=t.indexOf("?"),r=n<0?t:t.slice(0,n),s=new URLSearchParams(n<0?"":t.slice(n+1));return{path:r.split("/").filter(Boolean).map(decodeURIComponent),params:s}}function ut(e,t){const n=t instanceof URLSearchParams?new URLSearchParams(t):new URLSearchParams;if(!(t instanceof URLSearchParams))for(const[s,a]of Object.entries(t))a&&n.set(s,a);for(const[s,a]of[...n.entries()])a||n.delete(s);const r=n.toString();return"#/"+e.map(encodeURIComponent).join("/")+(r?"?"+r:"")}function ki(){const[e,t]=z(location.hash);return W(()=>{const n=()=>t(location.hash);return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),ir(e)}function ft(){return ir(location.hash)}function F(e,t={},n=ft()){const r=new URLSearchParams;for(const s of Oi){const a=n.params.get(s);a&&r.set(s,a)}for(const[s,a]of Object.entries(t))a?r.set(s,a):r.delete(s);return ut(e,r)}function sr(e){location.hash!==e&&(location.hash=e)}function H(e,t=!1){const n=ft(),r=new URLSearchParams(n.params);r.delete("basis");for(const[a,o]of Object.entries(e))o?r.set(a,o):r.delete(a);const s=ut(n.path,r);t?(history.replaceState(null,"",s),dispatchEvent(new HashChangeEvent("hashchange"))):sr(s)}const ar=new Set;function Si(e){const t=ft();if(t.params.has("pos")||t.params.has("known"))return;const n=`${e.position},${e.validAt}`;if(t.params.get("basis")===n)return;const r=new URLSearchParams(t.params);r.set("basis",n);const s=ut(t.path,r);ar.add(s),history.replaceState(history.state,"",s)}function Qt(e){const t=e.params.get("basis");if(!t||ar.has(ut(e.path,e.params)))return null;const n=/^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(t);return n?{position:Number(n[1]),validAt:n[2]}:null}function re(e){const t={},n=e.params.get("valid"),r=e.params.get("pos"),s=e.params.get("known"),a=Qt(e);return n&&(t.validAt=n),r&&/^\d+$/.test(r)?t.position=Number(r):s?t.knownAt=s:a&&(t.position=a.position,t.validAt??=a.validAt),Object.keys(t).length?t:void 0}function wi(e){return e.params.has("pos")||e.params.has("known")||Qt(e)!==null}const Kt=Mt({head:null,events:[],connected:!1});function ie(e,t){const{events:n}=Le(Kt),r=n.length?n[n.length-1].position:0,s=Gt(r),a=wi(e)||e.params.has("after")||e.params.has("before");W(()=>{r>s.current&&!a&&t(),s.current=r},[r,a])}class A extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const Ii=new A(`
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
    `,{fragmentName:"SummaryFields"}),Ai=new A(`
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
    `,{fragmentName:"EventFields"}),Ci=new A(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `,{fragmentName:"SourceFields"}),xi=new A(`
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
}`,{fragmentName:"LinkFields"}),Ei=new A(`
    fragment RecordFields on Record {
  id
  recordId
  kind
  version
  knownSince
  basis {
    position
    validAt
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
}`,{fragmentName:"RecordFields"}),Ri=new A(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `),Di=new A(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `),Fi=new A(`
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
      position
      validAt
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
    `),Ni=new A(`
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
      position
      validAt
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
      }
      list
      status
      effectiveOn
      delistedOn
    }
  }
}
    `),Pi=new A(`
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
      position
      validAt
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
    `),Ti=new A(`
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
      position
      validAt
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
    `),Li=new A(`
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
      position
      validAt
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
    `),ji=new A(`
    query Search($asOf: AsOf, $text: String!, $id: ID!) {
  byText: measures(asOf: $asOf, filter: {text: $text}, first: 25) {
    totalCount
    basis {
      position
      validAt
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
    `),qi=new A(`
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
    position
    validAt
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
}`),Mi=new A(`
    query DesignationRecord($id: ID!, $asOf: AsOf) {
  record: designation(recordId: $id, asOf: $asOf) {
    ...RecordFields
    party {
      id
      name
      jurisdiction
    }
    list
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
    position
    validAt
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
}`),Ui=new A(`
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
    position
    validAt
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
}`),Vi=new A(`
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
    position
    validAt
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
}`),Bi=new A(`
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
    position
    validAt
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
}`),Hi=new A(`
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
    position
    validAt
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
}`),zi=new A(`
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
    `),Gi=new A(`
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
    `),Ji=new A(`
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
    `),Qi=new A(`
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
      position
      validAt
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
    `),Ki=new A(`
    query Diff($from: AsOf!, $to: AsOf!) {
  diff(from: $from, to: $to) {
    fromBasis {
      position
      validAt
    }
    toBasis {
      position
      validAt
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
}`),Wi=new A(`
    query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
  retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
    basis {
      position
      validAt
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
}`),Yi=new A(`
    query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
  escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
    basis {
      position
      validAt
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
}`),Xi=new A(`
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
    `),Zi={"\n  fragment SourceFields on Source {\n    sourceId\n    citation\n    title\n    publisher\n    url\n    official\n    publishedOn\n  }\n":Ci,"\n  fragment EventFields on LedgerEvent {\n    position\n    eventId\n    type\n    stream\n    version\n    recordedAt\n    actor\n    command\n    data\n    hash\n    subject { kind id }\n  }\n":Ai,"\n  fragment SummaryFields on RecordSummary {\n    ref { kind id }\n    known\n    retracted\n    label\n    jurisdiction\n    date\n    status\n  }\n":Ii,"\n  fragment LinkFields on Link {\n    id\n    relation\n    assertedBy\n    evidence\n    knownSince\n    fromRef { kind id }\n    toRef { kind id }\n    sources { ...SourceFields }\n  }\n":xi,"\n  fragment RecordFields on Record {\n    id\n    recordId\n    kind\n    version\n    knownSince\n    basis { position validAt }\n    history { ...EventFields }\n    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }\n    retraction { id eventId reason sources { ...SourceFields } }\n    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }\n    outgoingLinks { ...LinkFields }\n    incomingLinks { ...LinkFields }\n  }\n":Ei,"\n  query LedgerHead {\n    ledger { head signingKey { keyId } }\n  }\n":Ri,"\n  query TreeHead($size: Int) {\n    treeHead(size: $size) { size rootHash }\n  }\n":Di,"\n  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        measureType\n        implementingJurisdiction\n        announcedOn\n        authority { id name }\n        affected { jurisdiction how }\n      }\n    }\n  }\n":Fi,"\n  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        party { id name jurisdiction }\n        list\n        status\n        effectiveOn\n        delistedOn\n      }\n    }\n  }\n":Ni,"\n  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        announcedOn\n        target { id name jurisdiction }\n        acquirers { id name jurisdiction }\n      }\n    }\n  }\n":Pi,"\n  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        name\n        level\n        establishedOn\n        parties { id name jurisdiction }\n        meetings { id }\n      }\n    }\n  }\n":Ti,"\n  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        actionKind\n        openedOn\n        summary\n        closed\n        authority { id name jurisdiction }\n      }\n    }\n  }\n":Li,"\n  query Search($asOf: AsOf, $text: String!, $id: ID!) {\n    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {\n      totalCount\n      basis { position validAt }\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {\n      totalCount\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    measure(recordId: $id, asOf: $asOf) { recordId title status }\n    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }\n    transaction(recordId: $id, asOf: $asOf) { recordId title status }\n    dialogue(recordId: $id, asOf: $asOf) { recordId name }\n    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }\n    source(recordId: $id, asOf: $asOf) { recordId title publisher }\n    transactions(asOf: $asOf, first: 100) {\n      nodes { recordId title status target { id name } acquirers { id name } }\n    }\n    dialogues(asOf: $asOf, first: 100) {\n      nodes { recordId name parties { id name } }\n    }\n    enforcementActions(asOf: $asOf, first: 100) {\n      nodes { recordId summary targets { id name } }\n    }\n  }\n":ji,"\n  query MeasureRecord($id: ID!, $asOf: AsOf) {\n    record: measure(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      summary\n      status\n      measureType\n      implementingJurisdiction\n      countryNeutral\n      announcedOn\n      authority { id name jurisdiction }\n      affected { jurisdiction how }\n      items { scheme code description }\n      instrument { title citation legalBasis }\n      provisions { id title effectiveOn endsOn status suspension { id from until } }\n      dates { kind date precision note }\n      sources { ...SourceFields }\n      amendments {\n        id\n        effectiveOn\n        summary\n        instrument { title citation }\n        endProvisions\n        addProvisions { id title effectiveOn }\n      }\n      suspensions { id provisionIds from until reason end { endedOn how reason } }\n      revocation { effectiveOn reason }\n      expiry { expiredOn reason }\n    }\n  }\n":qi,"\n  query DesignationRecord($id: ID!, $asOf: AsOf) {\n    record: designation(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      party { id name jurisdiction }\n      list\n      listAuthority { id name jurisdiction }\n      status\n      licenceRequirement\n      reviewPolicy\n      footnotes\n      savingsClauseUntil\n      effectiveOn\n      delistedOn\n      measureId\n      instrument { title citation legalBasis }\n      sources { ...SourceFields }\n    }\n  }\n":Mi,"\n  query TransactionRecord($id: ID!, $asOf: AsOf) {\n    record: transaction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      status\n      announcedOn\n      outsideDate\n      acquirers { id name jurisdiction }\n      target { id name jurisdiction }\n      value { amount currency }\n      sources { ...SourceFields }\n      reviews {\n        id\n        regime\n        trigger\n        openedOn\n        outcome\n        concludedOn\n        conditions\n        summary\n        authority { id name jurisdiction }\n      }\n      termination { terminatedOn reason }\n      completion { completedOn }\n    }\n  }\n":Ui,"\n  query DialogueRecord($id: ID!, $asOf: AsOf) {\n    record: dialogue(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      name\n      level\n      cadence\n      purpose\n      establishedOn\n      parties { id name jurisdiction }\n      sources { ...SourceFields }\n      meetings {\n        id\n        title\n        heldOn\n        place\n        level\n        outcomes\n        participants { name role jurisdiction }\n        sources { ...SourceFields }\n      }\n    }\n  }\n":Vi,"\n  query EnforcementRecord($id: ID!, $asOf: AsOf) {\n    record: enforcementAction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      actionKind\n      openedOn\n      summary\n      closed\n      legalBasis\n      authority { id name jurisdiction }\n      targets { id name jurisdiction }\n      sources { ...SourceFields }\n      findings { id issuedOn outcome final summary }\n    }\n  }\n":Bi,"\n  query SourceRecord($id: ID!, $asOf: AsOf) {\n    record: source(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      publisher\n      citation\n      url\n      official\n      language\n      sha256\n      publishedOn\n    }\n  }\n":Hi,"\n  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {\n    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {\n      nodes { validFrom validUntil event { type } }\n    }\n  }\n":zi,"\n  query SummaryAt($id: ID!, $asOf: AsOf) {\n    measure(recordId: $id, asOf: $asOf) { status }\n    designation(recordId: $id, asOf: $asOf) { status }\n    transaction(recordId: $id, asOf: $asOf) { status }\n    enforcementAction(recordId: $id, asOf: $asOf) { closed }\n  }\n":Gi,"\n  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {\n    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {\n      entries {\n        event {\n          position\n          hash\n          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }\n        }\n      }\n    }\n    treeHead(size: $treeSize) { size rootHash }\n  }\n":Ji,"\n  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {\n    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        record { kind id }\n        validFrom\n        validUntil\n        correctedAt\n        retractedAt\n        event { position type recordedAt actor command data }\n      }\n    }\n  }\n":Qi,"\n  query Diff($from: AsOf!, $to: AsOf!) {\n    diff(from: $from, to: $to) {\n      fromBasis { position validAt }\n      toBasis { position validAt }\n      changes {\n        record { ...SummaryFields }\n        what\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n":Ki,"\n  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {\n    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {\n      basis { position validAt }\n      root { kind id }\n      truncated\n      nodes { depth record { ...SummaryFields } }\n      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Wi,"\n  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {\n    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {\n      basis { position validAt }\n      steps {\n        by\n        against\n        measure { ...SummaryFields }\n        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }\n      }\n      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Yi,"\n  subscription LiveEvents($after: Int) {\n    ledgerEvents(after: $after) {\n      position\n      type\n      recordedAt\n      actor\n      subject { kind id }\n    }\n  }\n":Xi};function C(e){return Zi[e]??{}}C(`
  fragment SourceFields on Source {
    sourceId
    citation
    title
    publisher
    url
    official
    publishedOn
  }
`);C(`
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
`);C(`
  fragment SummaryFields on RecordSummary {
    ref { kind id }
    known
    retracted
    label
    jurisdiction
    date
    status
  }
`);C(`
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
`);C(`
  fragment RecordFields on Record {
    id
    recordId
    kind
    version
    knownSince
    basis { position validAt }
    history { ...EventFields }
    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }
    retraction { id eventId reason sources { ...SourceFields } }
    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }
    outgoingLinks { ...LinkFields }
    incomingLinks { ...LinkFields }
  }
`);const es=C(`
  query LedgerHead {
    ledger { head signingKey { keyId } }
  }
`),or=C(`
  query TreeHead($size: Int) {
    treeHead(size: $size) { size rootHash }
  }
`),ts=C(`
  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {
    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { position validAt }
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
`),ns=C(`
  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { position validAt }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        recordId
        party { id name jurisdiction }
        list
        status
        effectiveOn
        delistedOn
      }
    }
  }
`),rs=C(`
  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { position validAt }
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
`),is=C(`
  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { position validAt }
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
`),ss=C(`
  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {
    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      basis { position validAt }
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
`),as=C(`
  query Search($asOf: AsOf, $text: String!, $id: ID!) {
    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {
      totalCount
      basis { position validAt }
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
`),os=C(`
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
`),ds=C(`
  query DesignationRecord($id: ID!, $asOf: AsOf) {
    record: designation(recordId: $id, asOf: $asOf) {
      ...RecordFields
      party { id name jurisdiction }
      list
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
`),cs=C(`
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
`),ls=C(`
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
`),us=C(`
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
`),fs=C(`
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
`),hs=C(`
  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {
      nodes { validFrom validUntil event { type } }
    }
  }
`),ps=C(`
  query SummaryAt($id: ID!, $asOf: AsOf) {
    measure(recordId: $id, asOf: $asOf) { status }
    designation(recordId: $id, asOf: $asOf) { status }
    transaction(recordId: $id, asOf: $asOf) { status }
    enforcementAction(recordId: $id, asOf: $asOf) { closed }
  }
`),ms=C(`
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
`),vs=C(`
  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {
    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {
      totalCount
      basis { position validAt }
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
`),gs=C(`
  query Diff($from: AsOf!, $to: AsOf!) {
    diff(from: $from, to: $to) {
      fromBasis { position validAt }
      toBasis { position validAt }
      changes {
        record { ...SummaryFields }
        what
        statusBefore
        statusAfter
      }
    }
  }
`),ys=C(`
  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
      basis { position validAt }
      root { kind id }
      truncated
      nodes { depth record { ...SummaryFields } }
      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),_s=C(`
  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {
    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {
      basis { position validAt }
      steps {
        by
        against
        measure { ...SummaryFields }
        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }
      }
      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),$s=C(`
  subscription LiveEvents($after: Int) {
    ledgerEvents(after: $after) {
      position
      type
      recordedAt
      actor
      subject { kind id }
    }
  }
`),Wt=Mt({basis:null,setBasis:()=>{}});function X(e){const{setBasis:t}=Le(Wt),n=e?`${e.position}/${e.validAt}`:"";W(()=>{t(e??null),e&&Si(e)},[n])}function bs(){return new Date().toISOString().slice(0,10)}function Os({route:e}){const t=e.params.get("valid")??"",n=e.params.get("pos")??"",r=e.params.get("known")??"",s=n?"position":r?"time":"all",[a,o]=z(s);return W(()=>o(s),[s]),i("form",{class:"time-controls","aria-label":"Time controls",onSubmit:d=>{d.preventDefault();const l=new FormData(d.currentTarget),c=String(l.get("mode")),u=String(l.get("known")??"");H({valid:String(l.get("valid")??""),pos:c==="position"?String(l.get("pos")??""):void 0,known:c==="time"&&u?new Date(u+"Z").toISOString():void 0,after:void 0,before:void 0,root:void 0})},children:[i("label",{children:["Valid on ",i("input",{type:"date",name:"valid",defaultValue:t,"aria-describedby":"valid-help"},`v-${t}`)]}),i("span",{id:"valid-help",class:"help",children:t?"":`today (${bs()})`}),i("label",{children:["Knowledge"," ",i("select",{name:"mode",value:a,onChange:d=>o(d.currentTarget.value),children:[i("option",{value:"all",children:"everything recorded"}),i("option",{value:"position",children:"as of ledger position"}),i("option",{value:"time",children:"as recorded by time (UTC)"})]})]}),a==="position"&&i("label",{children:["Position ",i("input",{type:"number",name:"pos",min:0,defaultValue:n,required:!0},`p-${n}`)]}),a==="time"&&i("label",{children:["Recorded by"," ",i("input",{type:"datetime-local",name:"known",step:1,defaultValue:r?r.slice(0,19):"",required:!0},`k-${r}`)]}),i("button",{type:"submit",children:"Apply"}),(t||n||r)&&i("button",{type:"button",onClick:()=>H({valid:void 0,pos:void 0,known:void 0,after:void 0,before:void 0,root:void 0}),children:"Reset to today, everything"})]})}function ks(){const{basis:e}=Le(Wt),[t,n]=z(null),[r,s]=z("");return i("div",{class:"cite",children:[i("button",{type:"button",disabled:!e,onClick:async()=>{if(e){s("");try{const{treeHead:a}=await ke(or,{size:e.position}),o=ft(),d=F(o.path,{...Object.fromEntries(o.params),valid:e.validAt,pos:String(e.position),known:void 0,basis:void 0,root:a.rootHash}),l=location.origin+location.pathname+d;let c=!1;try{await navigator.clipboard.writeText(l),c=!0}catch{c=!1}n({url:l,copied:c})}catch(a){s(a.message)}}},children:"Cite this view"}),t&&i("div",{class:"cited",role:"status",children:i("label",{children:[t.copied?"Copied: ":"Copy this link: ",i("input",{class:"cite-url",readOnly:!0,value:t.url,size:60,onFocus:a=>a.currentTarget.select()})]})}),r&&i("p",{class:"error",role:"alert",children:["Could not cite: ",r]})]})}function Ss({route:e}){const t=e.params.get("root"),n=e.params.get("pos"),[r,s]=z("checking"),[a,o]=z("");return W(()=>{!t||!n||(s("checking"),ke(or,{size:Number(n)}).then(({treeHead:d})=>{o(d.rootHash),s(d.rootHash.toLowerCase()===t.toLowerCase()?"match":"differs")}).catch(()=>s("error")))},[t,n]),!t||!n?null:i("p",{class:`cited-root ${r}`,role:"status",children:["Cited view: the ledger's first ",n," events had Merkle root ",i("code",{class:"hash",children:[t.slice(0,16),"…"]})," ",r==="checking"&&"(checking…)",r==="match"&&i("strong",{children:["✓ this server's tree head at ",n," is the same"]}),r==="differs"&&i("strong",{children:["✗ this server's tree head at ",n," differs: ",i("code",{class:"hash",children:[a.slice(0,16),"…"]})]}),r==="error"&&i("strong",{children:["the server could not give a tree head at ",n]})]})}function ws({route:e,head:t}){const n=Qt(e);if(!n||e.params.has("pos")||e.params.has("known"))return null;const r=new URLSearchParams(e.params);return r.delete("basis"),i("p",{class:"notice linked-basis",role:"status",children:["This link shows the answer at ledger position ",i("strong",{children:n.position}),", valid date ",i("strong",{children:n.validAt}),", as when the link was made",t!==null&&t>n.position?`; the ledger has recorded up to position ${t} since`:"","."," ",i("a",{href:"#/"+e.path.map(encodeURIComponent).join("/")+(r.toString()?"?"+r.toString():""),children:"Show the latest"})]})}function ee({basis:e,label:t="Answer"}){return e?i("p",{class:"basis",children:[t," as of valid date ",i("strong",{children:e.validAt}),", ledger position ",i("strong",{children:e.position})]}):null}function G({value:e}){return e?i("span",{class:`status status-${e.toLowerCase()}`,children:e.replace(/_/g," ").toLowerCase()}):null}function je({sources:e}){return e.length?i("ul",{class:"sources",children:e.map((t,n)=>i("li",{children:[t.url?i("a",{href:t.url,rel:"noopener noreferrer",target:"_blank",children:t.title}):t.title,t.citation&&i(w,{children:[" · ",i("cite",{children:t.citation})]})," · ",t.publisher,t.publishedOn&&i(w,{children:[" · ",t.publishedOn]}),t.official?" · official":" · unofficial",t.sourceId&&i(w,{children:[" · ",i("a",{href:F(["record","SOURCE",t.sourceId]),children:["source record ",t.sourceId]})]})]},n))}):i("p",{class:"muted",children:"No sources."})}function L({error:e}){if(!e)return null;const t=e,n=t.graphQLErrors?.length?t.graphQLErrors.map(r=>`${r.message}${r.extensions?.code?` (${r.extensions.code})`:""}`):[t.networkError?`the server could not be reached: ${t.networkError.message}`:e.message];return i("div",{class:"error",role:"alert",children:n.map((r,s)=>i("p",{children:r},s))})}function j(){return i("p",{class:"loading",role:"status",children:"Loading…"})}function qe({info:e,total:t,shown:n,route:r}){const s=!r.params.get("after")&&!r.params.get("before");return i("nav",{class:"pager","aria-label":"Pages",children:[i("span",{children:[n," shown of ",t]}),i("button",{type:"button",disabled:s,onClick:()=>H({after:void 0,before:void 0}),children:"First page"}),i("button",{type:"button",disabled:s||!e.hasPreviousPage||!e.startCursor,onClick:()=>H({before:e.startCursor??void 0,after:void 0}),children:"Previous page"}),i("button",{type:"button",disabled:!e.hasNextPage||!e.endCursor,onClick:()=>H({after:e.endCursor??void 0,before:void 0}),children:"Next page"})]})}function Me(e,t=25){const n=e.params.get("after"),r=e.params.get("before");return r?{last:t,before:r,asOf:re(e)}:{first:t,after:n??void 0,asOf:re(e)}}function N({title:e,children:t,id:n}){return i("section",{"aria-labelledby":n??kn(e),children:[i("h2",{id:n??kn(e),children:e}),t]})}function kn(e){return"h-"+e.toLowerCase().replace(/[^a-z0-9]+/g,"-")}const Is=new Set(["MEASURE","DESIGNATION","TRANSACTION","DIALOGUE","ENFORCEMENT","SOURCE"]);function T({kind:e,id:t,children:n}){return Is.has(e)?i("a",{href:F(["record",e,t]),children:n??t}):i("span",{children:n??`${e.toLowerCase()} ${t}`})}function Pe({party:e}){return i("a",{href:F(["timeline"],{subject:`party:${e.id}`}),children:e.name})}function Yt(e,t=", "){return e.flatMap((n,r)=>r?[t,n]:[n])}const As=["NOT_YET_ANNOUNCED","ANNOUNCED","IN_FORCE","PARTLY_SUSPENDED","SUSPENDED","REVOKED","EXPIRED"],Cs=["EXPORT_CONTROL","EXPORT_BAN","ENTITY_LISTING","END_USE_CONTROL","FOREIGN_DIRECT_PRODUCT_RULE","IMPORT_BAN","PROCUREMENT_RESTRICTION","INVESTMENT_RESTRICTION"],xs=["NOT_YET_DESIGNATED","DESIGNATED","DELISTED"],ot=e=>e.replace(/_/g," ").toLowerCase();function dr({route:e,children:t,label:n}){return i("form",{class:"filters","aria-label":n,onSubmit:r=>{r.preventDefault();const s=new FormData(r.currentTarget),a={after:void 0,before:void 0},o={};for(const[d,l]of s.entries())d.endsWith("[]")?(o[d.slice(0,-2)]??=[]).push(String(l)):a[d]=String(l).trim()||void 0;for(const d of r.currentTarget.querySelectorAll("fieldset[data-multi]")){const l=d.dataset.multi;a[l]=o[l]?.join(",")||void 0}H(a)},children:[t,i("button",{type:"submit",children:"Filter"})]},e.params.toString())}function oe({route:e,name:t,label:n,placeholder:r}){return i("label",{children:[n," ",i("input",{name:t,defaultValue:e.params.get(t)??"",placeholder:r})]})}function cr({route:e,name:t,legend:n,values:r}){const s=new Set((e.params.get(t)??"").split(",").filter(Boolean));return i("fieldset",{"data-multi":t,children:[i("legend",{children:n}),r.map(a=>i("label",{class:"check",children:[i("input",{type:"checkbox",name:`${t}[]`,value:a,defaultChecked:s.has(a)})," ",ot(a)]},a))]})}function lr(e,t){const n=e.params.get(t);return n?n.split(",").filter(Boolean):void 0}function Es({route:e}){const t=o=>e.params.get(o)||void 0,n={jurisdiction:t("jurisdiction"),implementingJurisdiction:t("implementing"),affectedJurisdiction:t("affected"),authorityId:t("authority"),measureType:t("type"),item:t("item"),text:t("text"),status:lr(e,"status")},[r,s]=Y(ts,{...Me(e),filter:n});ie(e,()=>s({requestPolicy:"network-only"}));const a=r.data?.measures;return X(a?.basis),i(w,{children:[i("h1",{children:"Measures"}),i(dr,{route:e,label:"Filter measures",children:[i(oe,{route:e,name:"text",label:"Text",placeholder:"title, summary, instrument"}),i(oe,{route:e,name:"item",label:"Item",placeholder:"gallium, 3A090"}),i(oe,{route:e,name:"jurisdiction",label:"Jurisdiction",placeholder:"CN"}),i(oe,{route:e,name:"implementing",label:"Implementing",placeholder:"US"}),i(oe,{route:e,name:"affected",label:"Affected",placeholder:"CN"}),i(oe,{route:e,name:"authority",label:"Authority ID",placeholder:"US-BIS"}),i("label",{children:["Type"," ",i("select",{name:"type",defaultValue:e.params.get("type")??"",children:[i("option",{value:"",children:"any"}),Cs.map(o=>i("option",{value:o,children:ot(o)},o))]})]}),i(cr,{route:e,name:"status",legend:"Status at the valid date",values:As})]}),i(L,{error:r.error}),r.fetching&&!a&&i(j,{}),a&&i(w,{children:[i(ee,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Measures"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Measure"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Type"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Affects"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(T,{kind:"MEASURE",id:o.recordId,children:o.title}),i("div",{class:"muted",children:o.recordId})]}),i("td",{children:i(G,{value:o.status})}),i("td",{children:ot(o.measureType)}),i("td",{children:[o.implementingJurisdiction," · ",o.authority.name]}),i("td",{children:o.affected.map(d=>d.jurisdiction).join(", ")}),i("td",{children:o.announcedOn})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No measure matches at this point."}),i(qe,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Rs({route:e}){const t=o=>e.params.get(o)||void 0,n={partyId:t("party"),list:t("list"),status:lr(e,"status")},[r,s]=Y(ns,{...Me(e),filter:n});ie(e,()=>s({requestPolicy:"network-only"}));const a=r.data?.designations;return X(a?.basis),i(w,{children:[i("h1",{children:"Designations"}),i(dr,{route:e,label:"Filter designations",children:[i(oe,{route:e,name:"list",label:"List",placeholder:"Entity List"}),i(oe,{route:e,name:"party",label:"Party ID"}),i(cr,{route:e,name:"status",legend:"Status at the valid date",values:xs})]}),i(L,{error:r.error}),r.fetching&&!a&&i(j,{}),a&&i(w,{children:[i(ee,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Designations"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Party"}),i("th",{scope:"col",children:"List"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"From"}),i("th",{scope:"col",children:"Delisted"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(T,{kind:"DESIGNATION",id:o.recordId,children:o.party.name}),i("div",{class:"muted",children:[o.recordId,o.party.jurisdiction&&` · ${o.party.jurisdiction}`]})]}),i("td",{children:o.list}),i("td",{children:i(G,{value:o.status})}),i("td",{children:o.effectiveOn}),i("td",{children:o.delistedOn??""})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No designation matches at this point."}),i(qe,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Ds({route:e}){const[t,n]=Y(rs,Me(e));ie(e,()=>n({requestPolicy:"network-only"}));const r=t.data?.transactions;return X(r?.basis),i(w,{children:[i("h1",{children:"Transactions"}),i(L,{error:t.error}),t.fetching&&!r&&i(j,{}),r&&i(w,{children:[i(ee,{basis:r.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Transactions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Transaction"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Acquirers"}),i("th",{scope:"col",children:"Target"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:r.nodes.map(s=>i("tr",{children:[i("td",{children:i(T,{kind:"TRANSACTION",id:s.recordId,children:s.title})}),i("td",{children:i(G,{value:s.status})}),i("td",{children:s.acquirers.map(a=>a.name).join(", ")}),i("td",{children:s.target.name}),i("td",{children:s.announcedOn})]},s.recordId))})]}),i(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Fs({route:e}){const[t,n]=Y(is,Me(e));ie(e,()=>n({requestPolicy:"network-only"}));const r=t.data?.dialogues;return X(r?.basis),i(w,{children:[i("h1",{children:"Dialogues"}),i(L,{error:t.error}),t.fetching&&!r&&i(j,{}),r&&i(w,{children:[i(ee,{basis:r.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Dialogues"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Dialogue"}),i("th",{scope:"col",children:"Parties"}),i("th",{scope:"col",children:"Level"}),i("th",{scope:"col",children:"Established"}),i("th",{scope:"col",children:"Meetings"})]})}),i("tbody",{children:r.nodes.map(s=>i("tr",{children:[i("td",{children:i(T,{kind:"DIALOGUE",id:s.recordId,children:s.name})}),i("td",{children:s.parties.map(a=>a.name).join(", ")}),i("td",{children:s.level}),i("td",{children:s.establishedOn}),i("td",{children:s.meetings.length})]},s.recordId))})]}),i(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Ns({route:e}){const[t,n]=Y(ss,Me(e));ie(e,()=>n({requestPolicy:"network-only"}));const r=t.data?.enforcementActions;return X(r?.basis),i(w,{children:[i("h1",{children:"Enforcement actions"}),i(L,{error:t.error}),t.fetching&&!r&&i(j,{}),r&&i(w,{children:[i(ee,{basis:r.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Enforcement actions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Action"}),i("th",{scope:"col",children:"Kind"}),i("th",{scope:"col",children:"Authority"}),i("th",{scope:"col",children:"Opened"}),i("th",{scope:"col",children:"Closed"})]})}),i("tbody",{children:r.nodes.map(s=>i("tr",{children:[i("td",{children:[i(T,{kind:"ENFORCEMENT",id:s.recordId,children:s.recordId}),i("div",{class:"muted",children:s.summary})]}),i("td",{children:ot(s.actionKind)}),i("td",{children:s.authority.name}),i("td",{children:s.openedOn}),i("td",{children:s.closed?"yes":"no"})]},s.recordId))})]}),i(qe,{info:r.pageInfo,total:r.totalCount,shown:r.nodes.length,route:e})]})]})}function Sn(e,t){const n=e.params.get(`${t}Valid`)||void 0,r=e.params.get(`${t}Pos`);return{validAt:n,position:r&&/^\d+$/.test(r)?Number(r):void 0}}function Ps({route:e}){const t=Sn(e,"from"),n=Sn(e,"to"),r=e.params.has("fromValid")||e.params.has("fromPos")||e.params.has("toValid")||e.params.has("toPos"),[s]=Y(gs,{from:t,to:n},!r),a=s.data?.diff;X(a?.toBasis);const o=(d,l,c)=>i("label",{children:[l," ",i("input",{name:d,type:c,min:c==="number"?0:void 0,defaultValue:e.params.get(d)??""})]});return i(w,{children:[i("h1",{children:"What changed between two points"}),i("form",{class:"filters","aria-label":"Points to compare",onSubmit:d=>{d.preventDefault();const l=new FormData(d.currentTarget),c=u=>String(l.get(u)??"").trim()||void 0;H({fromValid:c("fromValid"),fromPos:c("fromPos"),toValid:c("toValid"),toPos:c("toPos")})},children:[i("fieldset",{children:[i("legend",{children:"From"}),o("fromValid","Valid on","date"),o("fromPos","Ledger position (empty: everything)","number")]}),i("fieldset",{children:[i("legend",{children:"To"}),o("toValid","Valid on","date"),o("toPos","Ledger position (empty: everything)","number")]}),i("button",{type:"submit",children:"Compare"})]},e.params.toString()),!r&&i("p",{children:"Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything)."}),i(L,{error:s.error}),r&&s.fetching&&!a&&i(j,{}),a&&i(w,{children:[i("p",{class:"basis",children:["From valid date ",i("strong",{children:a.fromBasis.validAt})," at position ",i("strong",{children:a.fromBasis.position})," to valid date"," ",i("strong",{children:a.toBasis.validAt})," at position ",i("strong",{children:a.toBasis.position}),": ",a.changes.length," record",a.changes.length===1?"":"s"," changed."]}),i("table",{children:[i("caption",{class:"sr-only",children:"Changes"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Record"}),i("th",{scope:"col",children:"What changed"}),i("th",{scope:"col",children:"Before"}),i("th",{scope:"col",children:"After"})]})}),i("tbody",{children:a.changes.map(d=>i("tr",{children:[i("td",{children:[i("span",{class:"kind",children:d.record.ref.kind.toLowerCase()})," ",i(T,{kind:d.record.ref.kind,id:d.record.ref.id,children:d.record.label||d.record.ref.id})]}),i("td",{children:d.what.map(l=>l.replace(/_/g," ")).join(", ")}),i("td",{children:i(G,{value:d.statusBefore})}),i("td",{children:i(G,{value:d.statusAfter})})]},`${d.record.ref.kind}/${d.record.ref.id}`))})]})]})]})}const Dt=e=>e.replace(/_/g," ").toLowerCase(),Ts={US:"#1f4e99",CN:"#b3261e",JP:"#6b4fa0",NL:"#c25e00",GB:"#2e7d32"};function ur({nodes:e,edges:t,label:n}){const r=Gt(null),s=JSON.stringify([e.map(a=>a.key),t.map(a=>a.id)]);return W(()=>{let a=null,o=!1;return pr(async()=>{const{default:d}=await import("./cytoscape.esm-BUoJuSId.js");return{default:d}},[]).then(({default:d})=>{if(o||!r.current)return;const l=d({container:r.current,elements:[...e.map(c=>({data:{id:c.key,label:`${c.id}${c.date?`
${c.date}`:""}`,kind:c.kind,rid:c.id,color:Ts[c.jurisdiction]??"#455a64"},classes:c.root?"root":""})),...t.map(c=>({data:{id:`e-${c.id}`,source:c.from,target:c.to,label:Dt(c.relation)}}))],style:[{selector:"node",style:{"background-color":"data(color)",label:"data(label)",color:"#111","font-size":11,"text-wrap":"wrap","text-valign":"bottom","text-margin-y":4,width:26,height:26}},{selector:"node.root",style:{"border-width":4,"border-color":"#111",width:34,height:34}},{selector:"edge",style:{width:2,"line-color":"#888","target-arrow-color":"#888","target-arrow-shape":"triangle","curve-style":"bezier",label:"data(label)","font-size":9,color:"#333","text-rotation":"autorotate","text-background-color":"#fff","text-background-opacity":1}}],layout:{name:"breadthfirst",directed:!0,spacingFactor:1.3,padding:20}});l.on("tap","node",c=>sr(F(["record",c.target.data("kind"),c.target.data("rid")]))),l.on("mouseover","node",()=>r.current&&(r.current.style.cursor="pointer")),l.on("mouseout","node",()=>r.current&&(r.current.style.cursor="")),a=l,Object.assign(r.current,{cy:l})}),()=>{o=!0,a?.destroy()}},[s]),i("div",{class:"graph",ref:r,role:"img","aria-label":n,"data-nodes":e.length,"data-edges":t.length})}function Ls({edges:e,nodes:t}){const n=new Map(t.map(r=>[r.key,r]));return i("ul",{class:"edges",children:e.map(r=>{const s=n.get(r.from),a=n.get(r.to);return i("li",{children:[i(T,{kind:s?.kind??"",id:s?.id??r.from})," ",Dt(r.relation)," ",i(T,{kind:a?.kind??"",id:a?.id??r.to})," ",i("span",{class:"muted",children:["(asserted by ",Dt(r.assertedBy),")"]})]},r.id)})})}function js({route:e}){const t=e.params.get("root")??"MEASURE:US-2022-ACS",[n,...r]=t.split(":"),s=r.join(":"),a=Math.min(10,Math.max(0,Number(e.params.get("depth")??2)||0)),[o,d]=Y(ys,{record:{kind:n,id:s},depth:a,asOf:re(e)},!s);ie(e,()=>d({requestPolicy:"network-only"}));const l=o.data?.retaliationGraph;X(l?.basis);const c=l?.nodes.map(h=>({key:`${h.record.ref.kind}:${h.record.ref.id}`,kind:h.record.ref.kind,id:h.record.ref.id,label:h.record.label,status:h.record.status,jurisdiction:h.record.jurisdiction,date:h.record.date,root:h.depth===0}))??[],u=l?.edges.map(h=>({id:h.id,from:`${h.fromRef.kind}:${h.fromRef.id}`,to:`${h.toRef.kind}:${h.toRef.id}`,relation:h.relation,assertedBy:h.assertedBy}))??[];return i(w,{children:[i("h1",{children:"Retaliation graph"}),i("form",{class:"filters","aria-label":"Graph root",onSubmit:h=>{h.preventDefault();const m=new FormData(h.currentTarget);H({root:`${m.get("kind")}:${String(m.get("id")??"").trim()}`,depth:String(m.get("depth"))})},children:[i("label",{children:["Kind"," ",i("select",{name:"kind",defaultValue:n,children:["MEASURE","DESIGNATION","TRANSACTION","ENFORCEMENT","DIALOGUE"].map(h=>i("option",{value:h,children:h.toLowerCase()},h))})]}),i("label",{children:["Record ID ",i("input",{name:"id",defaultValue:s,required:!0})]}),i("label",{children:["Depth ",i("input",{name:"depth",type:"number",min:0,max:10,defaultValue:String(a)})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i("p",{children:i("a",{href:F(["escalation"],{a:"US",b:"CN"}),children:"Escalation chain between two jurisdictions"})}),i(L,{error:o.error}),o.fetching&&!l&&i(j,{}),l&&i(w,{children:[i(ee,{basis:l.basis}),i("p",{children:[c.length," records and ",u.length," links within ",a," links of ",i(T,{kind:n,id:s}),l.truncated&&" (cut at the size limit)",". Drag to pan, scroll to zoom, click a record to open it."]}),i(ur,{nodes:c,edges:u,label:`Retaliation graph around ${s}: ${c.length} records, ${u.length} links`}),i("h2",{children:"Records"}),i("ul",{children:c.map(h=>i("li",{children:[i(T,{kind:h.kind,id:h.id,children:h.label||h.id})," ",i("span",{class:"muted",children:[h.id," · ",h.jurisdiction," ",h.date]})," ",i(G,{value:h.status})]},h.key))}),i("h2",{children:"Links"}),i(Ls,{edges:u,nodes:c})]})]})}function qs({route:e}){const t=(e.params.get("a")??"US").toUpperCase(),n=(e.params.get("b")??"CN").toUpperCase(),r=e.params.get("from")||void 0,s=e.params.get("to")||void 0,[a,o]=Y(_s,{a:t,b:n,from:r,to:s,asOf:re(e)});ie(e,()=>o({requestPolicy:"network-only"}));const d=a.data?.escalationChain;X(d?.basis);const l=d?.steps.map(h=>({key:`${h.measure.ref.kind}:${h.measure.ref.id}`,kind:h.measure.ref.kind,id:h.measure.ref.id,label:h.measure.label,status:h.measure.status,jurisdiction:h.by,date:h.measure.date}))??[],c=new Set(l.map(h=>h.key)),u=d?.links.map(h=>({id:h.id,from:`${h.fromRef.kind}:${h.fromRef.id}`,to:`${h.toRef.kind}:${h.toRef.id}`,relation:h.relation,assertedBy:h.assertedBy})).filter(h=>c.has(h.from)&&c.has(h.to))??[];return i(w,{children:[i("h1",{children:["Escalation chain: ",t," and ",n]}),i("form",{class:"filters","aria-label":"Jurisdictions and dates",onSubmit:h=>{h.preventDefault();const m=new FormData(h.currentTarget),f=y=>String(m.get(y)??"").trim()||void 0;H({a:f("a"),b:f("b"),from:f("from"),to:f("to")})},children:[i("label",{children:["Between ",i("input",{name:"a",defaultValue:t,size:3,maxLength:2})]}),i("label",{children:["and ",i("input",{name:"b",defaultValue:n,size:3,maxLength:2})]}),i("label",{children:["Announced from ",i("input",{name:"from",type:"date",defaultValue:r??""})]}),i("label",{children:["to ",i("input",{name:"to",type:"date",defaultValue:s??""})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i(L,{error:a.error}),a.fetching&&!d&&i(j,{}),d&&i(w,{children:[i(ee,{basis:d.basis}),i("p",{children:[l.length," measures, ",u.length," links between them."]}),i(ur,{nodes:l,edges:u,label:`Escalation chain between ${t} and ${n}: ${l.length} measures, ${u.length} links`}),i("ol",{children:d.steps.map(h=>i("li",{children:[i("strong",{children:h.measure.date})," ",h.by," against ",h.against,":"," ",i(T,{kind:h.measure.ref.kind,id:h.measure.ref.id,children:h.measure.label})," ",i(G,{value:h.measure.status}),h.answers.length>0&&i("span",{class:"muted",children:[" · answers ",h.answers.map(m=>m.toRef.id).join(", ")]})]},h.measure.ref.id))})]})]})}function Ms(){const{events:e,head:t,connected:n}=Le(Kt);return i(w,{children:[i("h1",{children:"Live"}),i("p",{children:[n?"Connected: ":"Connecting… ","new events appear here as the ledger records them, without reloading. Ledger head:"," ",i("strong",{class:"head",children:t??"…"}),"."]}),e.length===0?i("p",{class:"muted",children:"No event recorded since this page was opened."}):i("ol",{class:"live-events",reversed:!0,"aria-live":"polite",children:[...e].reverse().map(r=>i("li",{children:[i("span",{class:"muted",children:r.position})," ",i("strong",{children:r.type})," ",i(T,{kind:r.subject.kind,id:r.subject.id})," ",i("span",{class:"muted",children:["recorded ",r.recordedAt.slice(0,19).replace("T"," ")," by ",r.actor]})]},r.position))})]})}function Ft(e){if(e.length%2!==0||/[^0-9a-fA-F]/.test(e))throw new Error(`not hexadecimal: ${e.slice(0,16)}…`);const t=new Uint8Array(e.length/2);for(let n=0;n<t.length;n++)t[n]=parseInt(e.slice(2*n,2*n+2),16);return t}function fr(e){return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}async function Nt(...e){const t=e.reduce((s,a)=>s+a.length,0),n=new Uint8Array(t);let r=0;for(const s of e)n.set(s,r),r+=s.length;return new Uint8Array(await crypto.subtle.digest("SHA-256",n))}async function Us(e){return fr(await Nt(Uint8Array.of(0),Ft(e)))}async function Vs(e,t,n,r){if(e<0||e>=t)throw new Error(`leaf index ${e} is outside a tree of ${t}`);let s=e,a=t-1,o=Ft(n);for(const d of r){const l=Ft(d);if(a===0)throw new Error("the audit path is longer than the tree is deep");if(s%2===1||s===a){if(o=await Nt(Uint8Array.of(1),l,o),s%2===0)for(;s%2===0&&s!==0;)s=Math.floor(s/2),a=Math.floor(a/2)}else o=await Nt(Uint8Array.of(1),o,l);s=Math.floor(s/2),a=Math.floor(a/2)}if(a!==0)throw new Error("the audit path is shorter than the tree is deep");return fr(o)}async function Bs(e,t,n){const r=await Us(e),s=r===t.leafHash.toLowerCase();try{const a=await Vs(t.leafIndex,t.treeSize,r,t.path),o=a===n.toLowerCase();return{ok:s&&o,leafMatches:s,computedRoot:a,rootMatches:o}}catch(a){return{ok:!1,leafMatches:s,computedRoot:"",rootMatches:!1,problem:a.message}}}const B=e=>e.replace(/_/g," ").toLowerCase();function Hs({route:e}){const[,t="",n=""]=e.path;switch(t){case"MEASURE":return i(zs,{route:e,id:n});case"DESIGNATION":return i(Gs,{route:e,id:n});case"TRANSACTION":return i(Js,{route:e,id:n});case"DIALOGUE":return i(Qs,{route:e,id:n});case"ENFORCEMENT":return i(Ks,{route:e,id:n});case"SOURCE":return i(Ws,{route:e,id:n});default:return i(w,{children:[i("h1",{children:"Unknown kind of record"}),i("p",{class:"error",role:"alert",children:["“",t,"” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE."]})]})}}function we({kind:e,id:t,basisText:n}){return i(w,{children:[i("h1",{children:[B(e)," ",t]}),i("p",{role:"alert",class:"notice",children:["The ledger did not know a ",B(e)," “",t,"” ",n,"."]})]})}function Ie(e){const t=re(e);return t?.position!==void 0?`at ledger position ${t.position}`:t?.knownAt?`by ${t.knownAt}`:"as of now"}function Ae({route:e,kind:t,record:n,title:r,status:s,dates:a=[],children:o}){return X(n.basis),i("article",{children:[i("p",{class:"kind",children:[B(t)," · ",n.recordId]}),i("h1",{children:r}),i("p",{children:[i(G,{value:s})," ",n.retraction&&i("span",{class:"status status-retracted",children:"retracted"})]}),i(ee,{basis:n.basis,label:"Shown"}),i("p",{class:"muted",children:["Version ",n.version,", known since ledger position ",n.knownSince," ·"," ",i("a",{href:F(["timeline"],{subject:`record:${t}:${n.recordId}`}),children:"timeline"})," ·"," ",i("a",{href:F(["graph"],{root:`${t}:${n.recordId}`}),children:"retaliation graph"})]}),n.retraction&&i("p",{class:"notice",role:"note",children:["Retracted as entered in error: ",n.retraction.reason]}),o,t!=="SOURCE"&&t!=="DIALOGUE"&&i(Ys,{route:e,kind:t,id:n.recordId,dates:a}),i(Xs,{record:n}),i(Zs,{record:n}),i(ea,{route:e,kind:t,record:n})]})}function Ce({rows:e}){return i("dl",{class:"facts",children:e.filter(([,t])=>t!=null&&t!==""&&!(Array.isArray(t)&&t.length===0)).map(([t,n])=>i("div",{children:[i("dt",{children:t}),i("dd",{children:n})]},t))})}function xe(e,t,n){const[r,s]=Y(e,{id:n,asOf:re(t)});return ie(t,()=>s({requestPolicy:"network-only"})),r}function zs({route:e,id:t}){const n=xe(os,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"MEASURE",record:r,title:r.title,status:r.status,dates:[r.announcedOn,...r.provisions.flatMap(s=>[s.effectiveOn,s.endsOn]),...r.dates.map(s=>s.date),...r.amendments.flatMap(s=>[s.effectiveOn,...s.addProvisions.map(a=>a.effectiveOn)]),...r.suspensions.flatMap(s=>[s.from,s.until,s.end?.endedOn]),r.revocation?.effectiveOn,r.expiry?.expiredOn],children:[r.summary&&i("p",{class:"summary",children:r.summary}),i(Ce,{rows:[["Type",B(r.measureType)],["Authority",`${r.authority.name} (${r.authority.jurisdiction})`],["Implementing jurisdiction",r.implementingJurisdiction],["Affected",r.countryNeutral?"country-neutral text":r.affected.map(s=>`${s.jurisdiction} (${B(s.how)})`).join(", ")],["Instrument",`${r.instrument.title}${r.instrument.citation?` · ${r.instrument.citation}`:""}`],["Legal basis",r.instrument.legalBasis.join("; ")],["Announced",r.announcedOn]]}),i(N,{title:"Provisions",children:i("table",{children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Provision"}),i("th",{scope:"col",children:"Effective"}),i("th",{scope:"col",children:"Ends"}),i("th",{scope:"col",children:["Status at ",r.basis.validAt]})]})}),i("tbody",{children:r.provisions.map(s=>i("tr",{children:[i("td",{children:[s.title," ",i("span",{class:"muted",children:["(",s.id,")"]})]}),i("td",{children:s.effectiveOn??"not set"}),i("td",{children:s.endsOn??""}),i("td",{children:[i(G,{value:s.status}),s.suspension&&i("span",{class:"muted",children:[" ","suspended ",s.suspension.from,s.suspension.until?` until ${s.suspension.until}`:""]})]})]},s.id))})]})}),i(N,{title:"Dates",children:i("ul",{children:r.dates.map((s,a)=>i("li",{children:[B(s.kind),": ",s.date,s.precision&&s.precision!=="day"&&` (${s.precision})`,s.note&&i("span",{class:"muted",children:[" · ",s.note]})]},a))})}),r.items.length>0&&i(N,{title:"Items",children:i("ul",{children:r.items.map((s,a)=>i("li",{children:[s.scheme," ",s.code," ",s.description]},a))})}),i(N,{title:"Amendments",children:r.amendments.length===0?i("p",{class:"muted",children:"None recorded."}):i("ul",{children:r.amendments.map(s=>i("li",{children:[i("strong",{children:s.effectiveOn})," ",s.summary," ",i("span",{class:"muted",children:["(",s.instrument.title,")"]}),s.addProvisions.length>0&&i(w,{children:[" · adds ",s.addProvisions.map(a=>`${a.title} from ${a.effectiveOn??"a date not set"}`).join(", ")]}),s.endProvisions.length>0&&i(w,{children:[" · ends ",s.endProvisions.join(", ")]})]},s.id))})}),(r.suspensions.length>0||r.revocation||r.expiry)&&i(N,{title:"Suspensions and end",children:i("ul",{children:[r.suspensions.map(s=>i("li",{children:["Suspended ",s.provisionIds.length?s.provisionIds.join(", "):"whole measure"," from ",s.from,s.until?` until ${s.until}`:"",s.reason&&`: ${s.reason}`,s.end&&` · ended ${s.end.endedOn} (${B(s.end.how)})`]},s.id)),r.revocation&&i("li",{children:["Revoked from ",r.revocation.effectiveOn,r.revocation.reason&&`: ${r.revocation.reason}`]}),r.expiry&&i("li",{children:["Expired ",r.expiry.expiredOn,r.expiry.reason&&`: ${r.expiry.reason}`]})]})}),i(N,{title:"Sources",children:i(je,{sources:r.sources})})]}):i(we,{kind:"MEASURE",id:t,basisText:Ie(e)}):i(j,{})}function Gs({route:e,id:t}){const n=xe(ds,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"DESIGNATION",record:r,title:`${r.party.name} on ${r.list}`,status:r.status,dates:[r.effectiveOn,r.delistedOn,r.savingsClauseUntil],children:[i(Ce,{rows:[["Party",i(w,{children:[i(Pe,{party:r.party})," (",r.party.id,")"]})],["Party jurisdiction",r.party.jurisdiction],["List",`${r.list}, kept by ${r.listAuthority.name}`],["On the list from",r.effectiveOn],["Delisted",r.delistedOn],["Licence requirement",r.licenceRequirement],["Review policy",r.reviewPolicy],["Footnotes",r.footnotes.join("; ")],["Savings clause until",r.savingsClauseUntil],["Measure",r.measureId?i(T,{kind:"MEASURE",id:r.measureId}):null],["Instrument",`${r.instrument.title}${r.instrument.citation?` · ${r.instrument.citation}`:""}`]]}),i(N,{title:"Sources",children:i(je,{sources:r.sources})})]}):i(we,{kind:"DESIGNATION",id:t,basisText:Ie(e)}):i(j,{})}function Js({route:e,id:t}){const n=xe(cs,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"TRANSACTION",record:r,title:r.title,status:r.status,dates:[r.announcedOn,r.outsideDate,r.termination?.terminatedOn,r.completion?.completedOn,...r.reviews.flatMap(s=>[s.openedOn,s.concludedOn])],children:[i(Ce,{rows:[["Acquirers",Yt(r.acquirers.map(s=>i(Pe,{party:s},s.id)))],["Target",i(Pe,{party:r.target})],["Value",r.value?`${r.value.amount.toLocaleString("en")} ${r.value.currency}`:null],["Announced",r.announcedOn],["Outside date",r.outsideDate],["Terminated",r.termination?`${r.termination.terminatedOn}: ${r.termination.reason}`:null],["Completed",r.completion?.completedOn]]}),i(N,{title:"Reviews",children:r.reviews.length===0?i("p",{class:"muted",children:["No review by ",r.basis.validAt,"."]}):i("ul",{children:r.reviews.map(s=>i("li",{children:[i("strong",{children:s.authority.name})," under ",s.regime,s.openedOn&&`, opened ${s.openedOn}`,s.trigger&&` (${B(s.trigger)})`,": ",s.outcome?i(G,{value:s.outcome}):"open",s.concludedOn&&` on ${s.concludedOn}`,s.summary&&i("div",{class:"muted",children:s.summary}),s.conditions.length>0&&i("div",{children:["Conditions: ",s.conditions.join("; ")]})]},s.id))})}),i(N,{title:"Sources",children:i(je,{sources:r.sources})})]}):i(we,{kind:"TRANSACTION",id:t,basisText:Ie(e)}):i(j,{})}function Qs({route:e,id:t}){const n=xe(ls,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"DIALOGUE",record:r,title:r.name,children:[i(Ce,{rows:[["Parties",Yt(r.parties.map(s=>i(Pe,{party:s},s.id)))],["Level",r.level],["Cadence",r.cadence],["Purpose",r.purpose],["Established",r.establishedOn]]}),i(N,{title:"Meetings",children:r.meetings.length===0?i("p",{class:"muted",children:["No meeting by ",r.basis.validAt,"."]}):i("ol",{children:r.meetings.map(s=>i("li",{children:[i("strong",{children:s.heldOn})," ",s.title,", ",s.place,s.level&&` (${s.level})`,i("div",{class:"muted",children:s.participants.map(a=>`${a.name}${a.role?`, ${a.role}`:""}`).join("; ")}),s.outcomes.length>0&&i("ul",{children:s.outcomes.map((a,o)=>i("li",{children:a},o))})]},s.id))})}),i(N,{title:"Sources",children:i(je,{sources:r.sources})})]}):i(we,{kind:"DIALOGUE",id:t,basisText:Ie(e)}):i(j,{})}function Ks({route:e,id:t}){const n=xe(us,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"ENFORCEMENT",record:r,title:r.summary,status:r.closed?"CLOSED":"OPEN",dates:[r.openedOn,...r.findings.map(s=>s.issuedOn)],children:[i(Ce,{rows:[["Kind",B(r.actionKind)],["Authority",`${r.authority.name} (${r.authority.jurisdiction})`],["Targets",Yt(r.targets.map(s=>i(Pe,{party:s},s.id)))],["Legal basis",r.legalBasis.join("; ")],["Opened",r.openedOn]]}),i(N,{title:"Findings",children:r.findings.length===0?i("p",{class:"muted",children:["No finding by ",r.basis.validAt,"."]}):i("ul",{children:r.findings.map(s=>i("li",{children:[i("strong",{children:s.issuedOn})," ",i(G,{value:s.outcome})," ",s.final&&"(final)"," ",s.summary]},s.id))})}),i(N,{title:"Sources",children:i(je,{sources:r.sources})})]}):i(we,{kind:"ENFORCEMENT",id:t,basisText:Ie(e)}):i(j,{})}function Ws({route:e,id:t}){const n=xe(fs,e,t),r=n.data?.record;return n.error?i(L,{error:n.error}):n.data?r?i(Ae,{route:e,kind:"SOURCE",record:r,title:r.title,children:i(Ce,{rows:[["Publisher",r.publisher],["Citation",r.citation],["Address",r.url?i("a",{href:r.url,rel:"noopener noreferrer",target:"_blank",children:r.url}):null],["Official",r.official?"yes":"no"],["Language",r.language],["Published",r.publishedOn],["SHA-256 of the captured text",r.sha256?i("code",{class:"hash",children:r.sha256}):null]]})}):i(we,{kind:"SOURCE",id:t,basisText:Ie(e)}):i(j,{})}function Ys({route:e,kind:t,id:n,dates:r}){const s=re(e),a=s?{position:s.position,knownAt:s.knownAt}:{},[o,d]=z(null),[l,c]=z(null),u=[...new Set(r.filter(m=>!!m))].sort(),h=`${t}/${n}/${a.position??""}/${a.knownAt??""}/${u.join(",")}`;return W(()=>{let m=!1;return d(null),(async()=>{const f=await ke(hs,{kind:t,id:n,asOf:a}),y=new Set(u);for(const p of f.timeline.nodes)p.validFrom&&y.add(p.validFrom),p.validUntil&&y.add(p.validUntil);const O=[...y].sort().slice(-40),$=await Promise.all(O.map(async p=>{const _=await ke(ps,{id:n,asOf:{...a,validAt:p}}),g=t==="MEASURE"?_.measure?.status:t==="DESIGNATION"?_.designation?.status:t==="TRANSACTION"?_.transaction?.status:_.enforcementAction?_.enforcementAction.closed?"CLOSED":"OPEN":void 0;return{date:p,status:g??""}})),k=$.filter((p,_)=>_===0||p.status!==$[_-1].status);m||d(k)})().catch(f=>!m&&c(f)),()=>{m=!0}},[h]),i(N,{title:"Status over time",children:[i(L,{error:l}),!o&&!l&&i(j,{}),o&&i("ol",{class:"status-over-time",children:o.map(m=>i("li",{children:["from ",i("a",{href:F(["record",t,n],{valid:m.date}),children:m.date}),": ",i(G,{value:m.status||"NONE"})]},m.date))})]})}function Xs({record:e}){const t=n=>typeof n=="string"?n:JSON.stringify(n);return i(N,{title:"Corrections and source conflicts",children:[e.corrections.length===0&&e.sourceConflicts.length===0&&i("p",{class:"muted",children:"None known at this point."}),e.corrections.length>0&&i("ul",{children:e.corrections.map(n=>i("li",{children:[i("strong",{children:n.field}),": ",i("del",{children:t(n.oldValue)})," → ",i("ins",{children:t(n.newValue)}),". ",n.reason,n.evidence&&i("span",{class:"muted",children:[" Evidence: ",n.evidence]})]},n.id))}),e.sourceConflicts.length>0&&i("ul",{children:e.sourceConflicts.map(n=>i("li",{children:["Sources disagree on ",i("strong",{children:n.field}),":",i("ul",{children:n.claims.map((r,s)=>i("li",{children:[r.source.title,": “",r.value,"” ",s===n.followed&&i("strong",{children:"(followed)"})]},s))}),n.note&&i("span",{class:"muted",children:n.note})]},n.id))})]})}function Zs({record:e}){return!e.outgoingLinks.length&&!e.incomingLinks.length?null:i(N,{title:"Links",children:i("ul",{children:[e.outgoingLinks.map(t=>i("li",{children:[B(t.relation)," ",i(T,{kind:t.toRef.kind,id:t.toRef.id})," ",i("span",{class:"muted",children:["asserted by ",B(t.assertedBy),": ",t.evidence]})]},t.id)),e.incomingLinks.map(t=>i("li",{children:[i(T,{kind:t.fromRef.kind,id:t.fromRef.id})," ",B(t.relation)," this"," ",i("span",{class:"muted",children:["asserted by ",B(t.assertedBy),": ",t.evidence]})]},t.id))]})})}function ea({route:e,kind:t,record:n}){const[r,s]=z({}),[a,o]=z(!1),d=n.basis,l=e.params.get("root"),c=async()=>{o(!0);try{const f=await ke(ms,{kind:t,id:n.recordId,position:d.position,treeSize:d.position}),y=l&&Number(e.params.get("pos"))===d.position?l:f.treeHead.rootHash,O={};for(const $ of n.history){const k=f.auditTrail.entries.find(p=>p.event.position===$.position);k?k.event.hash!==$.hash?O[$.position]={error:"the proof is for another hash than the history shows"}:O[$.position]=await Bs($.hash,k.event.inclusionProof,y):O[$.position]={error:"the server gave no proof for this event"}}s(O)}catch(f){s({[-1]:{error:f.message}})}finally{o(!1)}},u=f=>f?"error"in f?`✗ ${f.error}`:f.ok?`✓ included: root ${f.computedRoot.slice(0,12)}…`:f.leafMatches?`✗ the path leads to ${f.computedRoot.slice(0,12)||"nothing"}…, not the trusted root${f.problem?` (${f.problem})`:""}`:"✗ the leaf hash does not match the event hash":"",h=Object.values(r),m=h.filter(f=>!("error"in f)&&f.ok).length;return i(N,{title:"History, event by event",children:[i("p",{children:[i("button",{type:"button",onClick:c,disabled:a,children:a?"Checking…":`Check inclusion proofs in the ledger of ${d.position} events`})," ",h.length>0&&i("span",{role:"status",class:m===n.history.length?"ok":"bad",children:[m," of ",n.history.length," events proven included (SHA-256 in this browser, RFC 6962)",l?" against the cited root":" against the tree head"]})]}),r[-1]&&i("p",{class:"error",children:u(r[-1])}),i("table",{class:"history",children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Position"}),i("th",{scope:"col",children:"Event"}),i("th",{scope:"col",children:"Recorded"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Inclusion"})]})}),i("tbody",{children:n.history.map(f=>i("tr",{children:[i("td",{children:f.position}),i("td",{children:i("details",{children:[i("summary",{children:[f.type," ",i("span",{class:"muted",children:["(",f.command,")"]})]}),i("p",{class:"muted",children:["Event ",f.eventId," · hash ",i("code",{class:"hash",children:f.hash})]}),i("pre",{children:ta(f.data)})]})}),i("td",{children:f.recordedAt.replace("T"," ").replace(/\.\d+/,"")}),i("td",{children:f.actor}),i("td",{class:"verdict",children:u(r[f.position])})]},f.position))})]})]})}function ta(e){try{return JSON.stringify(JSON.parse(e),null,2)}catch{return e}}function na({route:e}){const t=(e.params.get("q")??"").trim(),[n]=Y(as,{asOf:re(e),text:t,id:t||"-"},!t),r=n.data;X(r?.byText.basis);const s=[],a=new Set,o=c=>{const u=`${c.kind}/${c.id}`;a.has(u)||(a.add(u),s.push(c))},d=t.toLowerCase(),l=(...c)=>c.some(u=>u&&u.toLowerCase().includes(d));if(r){r.measure&&o({kind:"MEASURE",id:r.measure.recordId,label:r.measure.title,status:r.measure.status,why:"record ID"}),r.designation&&o({kind:"DESIGNATION",id:r.designation.recordId,label:`${r.designation.party.name} on ${r.designation.list}`,status:r.designation.status,why:"record ID"}),r.transaction&&o({kind:"TRANSACTION",id:r.transaction.recordId,label:r.transaction.title,status:r.transaction.status,why:"record ID"}),r.dialogue&&o({kind:"DIALOGUE",id:r.dialogue.recordId,label:r.dialogue.name,why:"record ID"}),r.enforcementAction&&o({kind:"ENFORCEMENT",id:r.enforcementAction.recordId,label:r.enforcementAction.summary,why:"record ID"}),r.source&&o({kind:"SOURCE",id:r.source.recordId,label:`${r.source.title} (${r.source.publisher})`,why:"record ID"});for(const c of r.byText.nodes)o({kind:"MEASURE",id:c.recordId,label:c.title,status:c.status,why:"title, summary or instrument"});for(const c of r.byItem.nodes)o({kind:"MEASURE",id:c.recordId,label:c.title,status:c.status,why:"item covered"});for(const c of[...r.byParty.nodes,...r.byList.nodes])o({kind:"DESIGNATION",id:c.recordId,label:`${c.party.name} on ${c.list}`,status:c.status,why:r.byParty.nodes.includes(c)?"party ID":"list name"});for(const c of r.transactions.nodes)l(c.recordId,c.title,c.target.name,c.target.id,...c.acquirers.flatMap(u=>[u.name,u.id]))&&o({kind:"TRANSACTION",id:c.recordId,label:c.title,status:c.status,why:"title or parties"});for(const c of r.dialogues.nodes)l(c.recordId,c.name,...c.parties.flatMap(u=>[u.name,u.id]))&&o({kind:"DIALOGUE",id:c.recordId,label:c.name,why:"name or parties"});for(const c of r.enforcementActions.nodes)l(c.recordId,c.summary,...c.targets.flatMap(u=>[u.name,u.id]))&&o({kind:"ENFORCEMENT",id:c.recordId,label:c.summary,why:"summary or targets"})}return i(w,{children:[i("h1",{children:"Search the ledger"}),i("form",{role:"search",class:"search",onSubmit:c=>{c.preventDefault();const u=String(new FormData(c.currentTarget).get("q")??"").trim();H({q:u||void 0})},children:[i("label",{for:"q",children:"Search records and parties"}),i("input",{id:"q",name:"q",type:"search",defaultValue:t,placeholder:"gallium, Micron, US-2022-ACS, Entity List"},t),i("button",{type:"submit",children:"Search"})]}),!t&&i("p",{children:["Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:"," ",i("a",{href:F(["measures"]),children:"measures"}),", ",i("a",{href:F(["designations"]),children:"designations"}),","," ",i("a",{href:F(["transactions"]),children:"transactions"}),", ",i("a",{href:F(["dialogues"]),children:"dialogues"}),". Every page answers at the valid date and knowledge point above."]}),i(L,{error:n.error}),t&&n.fetching&&!r&&i(j,{}),t&&r&&i(w,{children:[i(ee,{basis:r.byText.basis}),i("h2",{children:[s.length," result",s.length===1?"":"s"," for “",t,"”"]}),i("ul",{class:"results",children:s.map(c=>i("li",{children:[i("span",{class:"kind",children:c.kind.toLowerCase()})," ",i(T,{kind:c.kind,id:c.id,children:c.label})," ",i(G,{value:c.status})," ",i("span",{class:"muted",children:["matched by ",c.why," · ",c.id]})]},`${c.kind}/${c.id}`))})]})]})}function ra(e){const[t,n="",...r]=e.split(":");return t==="record"&&r.length?{record:{kind:n,id:r.join(":")}}:t==="party"&&n?{partyId:[n,...r].join(":")}:t==="jurisdiction"&&n?{jurisdiction:n.toUpperCase()}:null}function ia({route:e}){const t=e.params.get("subject")??"jurisdiction:CN",n=ra(t),r=e.params.get("order")==="VALID"?"VALID":"RECORDED",s=e.params.get("after")??void 0,[a,o]=Y(vs,{subject:n??{},order:r,asOf:re(e),first:25,after:s},!n);ie(e,()=>o({requestPolicy:"network-only"}));const d=a.data?.timeline;return X(d?.basis),i(w,{children:[i("h1",{children:"Timeline"}),i("form",{class:"filters","aria-label":"Timeline subject",onSubmit:l=>{l.preventDefault();const c=new FormData(l.currentTarget),u=String(c.get("what")),h=String(c.get("value")??"").trim();H({subject:h?`${u}:${h}`:void 0,order:String(c.get("order")),after:void 0})},children:[i("label",{children:["Subject"," ",i("select",{name:"what",defaultValue:t.split(":")[0],children:[i("option",{value:"jurisdiction",children:"jurisdiction (two letters)"}),i("option",{value:"party",children:"party ID"}),i("option",{value:"record",children:"record (KIND:ID)"})]})]}),i("label",{children:["Which ",i("input",{name:"value",defaultValue:t.split(":").slice(1).join(":"),placeholder:"CN, micron, MEASURE:US-2022-ACS"})]}),i("label",{children:["Order"," ",i("select",{name:"order",defaultValue:r,children:[i("option",{value:"RECORDED",children:"as recorded"}),i("option",{value:"VALID",children:"by valid date"})]})]}),i("button",{type:"submit",children:"Show"})]},e.params.toString()),!n&&i("p",{class:"error",role:"alert",children:["The subject “",t,"” is not of the form jurisdiction:CC, party:ID or record:KIND:ID."]}),i(L,{error:a.error}),a.fetching&&!d&&i(j,{}),d&&i(w,{children:[i(ee,{basis:d.basis}),i("p",{children:[d.totalCount," events."]}),i("ol",{class:"timeline",children:d.nodes.map(l=>i("li",{class:l.retractedAt?"retracted":"",children:[i("span",{class:"when",children:l.validFrom??"—"}),l.validUntil&&i("span",{class:"muted",children:[" to ",l.validUntil]})," ",i("strong",{children:l.event.type.replace(/\.v\d+$/,"").replace(/_/g," ")})," ",i(T,{kind:l.record.kind,id:l.record.id})," ",i("span",{class:"muted",children:["position ",l.event.position,", recorded ",l.event.recordedAt.slice(0,19).replace("T"," ")," by ",l.event.actor,l.correctedAt.length>0&&`, corrected at ${l.correctedAt.join(", ")}`,l.retractedAt&&`, retracted at ${l.retractedAt}`]})]},l.event.position))}),i("nav",{class:"pager","aria-label":"Pages",children:[s&&i("button",{type:"button",onClick:()=>H({after:void 0}),children:"First page"}),i("button",{type:"button",disabled:!d.pageInfo.hasNextPage,onClick:()=>H({after:d.pageInfo.endCursor??void 0}),children:"Next page"})]})]}),i("p",{class:"muted",children:["Other subjects: ",i("a",{href:F(["timeline"],{subject:"jurisdiction:US"}),children:"US"}),","," ",i("a",{href:F(["timeline"],{subject:"jurisdiction:CN"}),children:"CN"}),","," ",i("a",{href:F(["timeline"],{subject:"record:MEASURE:US-2022-ACS",order:"VALID"}),children:"US-2022-ACS by valid date"}),"."]})]})}const sa=[["","Search"],["measures","Measures"],["designations","Designations"],["transactions","Transactions"],["dialogues","Dialogues"],["enforcement","Enforcement"],["timeline","Timeline"],["diff","Diff"],["graph","Graph"],["live","Live"]];function aa({route:e}){switch(e.path[0]??""){case"":case"search":return i(na,{route:e});case"measures":return i(Es,{route:e});case"designations":return i(Rs,{route:e});case"transactions":return i(Ds,{route:e});case"dialogues":return i(Fs,{route:e});case"enforcement":return i(Ns,{route:e});case"record":return i(Hs,{route:e});case"timeline":return i(ia,{route:e});case"diff":return i(Ps,{route:e});case"graph":return i(js,{route:e});case"escalation":return i(qs,{route:e});case"live":return i(Ms,{});default:return i(w,{children:[i("h1",{children:"Not found"}),i("p",{role:"alert",children:["There is no page “",e.path.join("/"),"”. ",i("a",{href:F([]),children:"Search the ledger"}),"."]})]})}}function oa(){const[e,t]=z({head:null,events:[],connected:!1});return W(()=>{let n=()=>{},r=!1;const s=Rt.on("connected",()=>t(o=>({...o,connected:!0}))),a=Rt.on("closed",()=>t(o=>({...o,connected:!1})));return ke(es,{}).then(({ledger:o})=>{if(r)return;t(l=>({...l,head:Math.max(l.head??0,o.head)}));const d=Jt.subscription($s.toString(),{after:o.head}).subscribe(l=>{const c=l.data?.ledgerEvents;c&&t(u=>u.events.some(h=>h.position===c.position)?u:{...u,head:Math.max(u.head??0,c.position),events:[...u.events.slice(-199),c]})});n=()=>d.unsubscribe()}).catch(()=>{}),()=>{r=!0,n(),s(),a()}},[]),e}function da(){const e=ki(),[t,n]=z(null),r=oa(),s=e.path[0]??"";return W(()=>{const a=document.querySelector("main h1");document.title=`${a?.textContent??"Ledger Explorer"} · Ledger Explorer`}),i(Kt.Provider,{value:r,children:i(Wt.Provider,{value:{basis:t,setBasis:n},children:[i("a",{class:"skip",href:"#main",onClick:a=>(a.preventDefault(),document.getElementById("main")?.focus()),children:"Skip to content"}),i("header",{children:[i("div",{class:"brand",children:[i("a",{href:F([]),children:"Ledger Explorer"}),i("span",{class:"muted",children:[" ","· head ",i("span",{class:"live-head",children:r.head??"…"}),r.connected?" · live":""," · ",i("a",{href:"/graphiql",children:"GraphiQL"})]})]}),i("nav",{"aria-label":"Sections",children:i("ul",{children:sa.map(([a,o])=>i("li",{children:i("a",{href:F(a?[a]:[]),"aria-current":s===a||a===""&&s==="search"?"page":void 0,children:o})},a))})}),i("div",{class:"controls",children:[i(Os,{route:e}),i(ks,{})]}),i(Ss,{route:e}),i(ws,{route:e,head:r.head})]}),i("main",{id:"main",tabIndex:-1,children:i(aa,{route:e})})]})})}addEventListener("unhandledrejection",e=>{e.reason?.name==="AbortError"&&e.preventDefault()});const wn=document.getElementById("app");wn&&Or(i(pi,{value:Jt,children:i(da,{})}),wn);
