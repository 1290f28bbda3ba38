import{c as ur,_ as fr}from"./client-5J3dfOZ0.js";var I,Sn,ae,yt,We,wn,Be,In,Nt,_t,An,ot=Symbol.for("pv"),Ye={},Xe=[],hr=/^m(i|n|o|s|text|space)$/,Pt=Array.isArray,Cn=Xe.slice,pe=Object.assign;function he(e){e&&e.parentNode&&e.remove()}function He(e,t,r,n,s){var a={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ot,__v:s||++Sn,__i:-1,__u:0};return!s&&I.vnode&&I.vnode(a),a}function w(e){return e.children}function ze(e,t){this.props=e,this.context=t,this.__g=0}function le(e,t){if(t==null)return e.__&&le(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:le(e)}function pr(e){var t,r=e.__v,n=r.__e,s=[],a=[],o=e.__P;o&&((t=pe({constructor:ot},r)).__v=r.__v+1,I.vnode&&I.vnode(t),Tt(o,t,r,e.__n,o.namespaceURI,32&r.__u?[n]:null,s,n||le(r),32&r.__u,a),t.__v=r.__v,t.__.__k[t.__i]=t,Nn(s,t,a),r.__=r.__e=null,t.__e!=n&&xn(t))}function xn(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),xn(e)}function $t(e){(8&e.__g||(e.__g|=8,ae.push(e),We++))&&yt==I.debounceRendering||((yt=I.debounceRendering)||queueMicrotask)(En)}function En(){try{for(var e,t=1;ae.length;)ae.length>t&&ae.sort(wn),e=ae.shift(),t=ae.length,8&e.__g&&pr(e)}finally{(We=ae.length)&&(yt||queueMicrotask)(En)}}function Rn(e,t,r,n,s,a,o,d,l,c,u){var h,m,f,y,O,$,k=n.__k||Xe,p=t.length;for(l=mr(r,t,k,l,p),h=0;h<p;h++)(f=r.__k[h])!=null&&(m=~f.__i&&k[f.__i]||Ye,f.__i=h,$=Tt(e,f,m,s,a,o,d,l,c,u),y=f.__e,(m.ref!=f.ref||8&m.__u)&&(m.ref&&Lt(m.ref,null,f,m),f.ref&&u.push(f.ref,f.__c||y,f)),O=O||y,4&f.__u?(l=Dn(f,l,e,!m.__v),m.__e&&(m.__e=null)):typeof f.type=="function"&&$!==void 0?l=$:y&&(l=y.nextSibling),f.__u&=-21);return r.__e=O,l}function mr(e,t,r,n,s){var a,o,d,l,c,u,h,m,f,y=r.length,O=y,$=0,k=0,p=e.__k=Array(s);for(a=0;a<s;a++)(o=t[a])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o!="object"||o.constructor===String?o=p[a]=He(null,o):Pt(o)?o=p[a]=He(w,{children:o}):o.constructor===ot&&o.__b?o=p[a]=He(o.type,o.props,o.key,o.ref,o.__v):p[a]=o,l=a+$,o.__=e,o.__b=e.__b+1,d=null,~(c=o.__i=vr(o,r,l,O))&&(O--,(d=r[c])&&(d.__u|=2)),d&&d.__v?(o.__u|=16,c==l-1?$--:c==l+1?$++:c!=l&&(c>l?$--:$++,k=1)):(~c||(s>y?$--:s<y&&$++),typeof o.type!="function"&&(o.__u|=4))):p[a]=null;if(k){for(u=[],h=[],a=0;a<s;a++)if((o=p[a])&&16&o.__u){for($=0,m=u.length;$<m;)u[f=$+m>>1]<o.__i?$=f+1:m=f;u[$]=o.__i,h[a]=$+1}for($=u.length;a--;)h[a]&&(h[a]==$?$--:p[a].__u|=4)}if(O)for(a=0;a<y;a++)!(d=r[a])||2&d.__u||(d.__e==n&&(n=le(d)),jt(d,d));return n}function Dn(e,t,r,n){var s,a,o,d;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(a=0;a<s.length;a++)s[a]&&(s[a].__=e,t=Dn(s[a],t,r,!1));return t}for(t&&!t.parentNode&&(t=le(e))&&!t.parentNode&&(t=null),o=e.__e,d=t;d&&d.nodeType==8;)d=d.nextSibling;for(o!=d&&(!n&&r.moveBefore&&o.parentNode?r.moveBefore(o,t):r.insertBefore(o,t||null)),t=o;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function vr(e,t,r,n){var s,a=e.key,o=e.type,d=t[r],l=d&&!(2&d.__u);if(d===null&&a==null||l&&a==d.key&&o==d.type)return r;if(n>(l?1:0)){for(s=r-1;s>=0;s--)if((d=t[s])&&!(2&d.__u)&&a==d.key&&o==d.type)return s;for(s=r+1;s<t.length;s++)if((d=t[s])&&!(2&d.__u)&&a==d.key&&o==d.type)return s}return-1}function Yt(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function Ue(e,t,r,n,s){var a,o;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||Yt(e.style,t);if(r)for(t in r)n&&r[t]==n[t]||Yt(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=r,r&&n||(o=_t[t]||(_t[t]=gr(t)),(e.__a||(e.__a={}))[t]=Nt,a=t!=(t=t.replace(In,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function gr(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[Be]==null)t[Be]=Nt++;else if(t[Be]<this.__a[e])return;return r(I.event?I.event(t):t)}}}function Tt(e,t,r,n,s,a,o,d,l,c){var u,h,m,f,y,O,$,k,p,_,g,D,K,Me,ue,Wt,se,fe,te=t.type;if(t.constructor!==ot)return null;128&r.__u&&(l=32&r.__u,u=r.__c.__z)&&(t.__u|=l,h=a=[],u.nodeType==8?d=Ge(u,a):a.push(u),d=a[0]||d),(u=I.__b)&&u(t);e:if(typeof te=="function"){m=o.length;try{if(k=t.props,p=(u=te.prototype)&&u.render,_=(u=te.contextType)&&n[u.__c],g=u?_?_.props.value:u.__:n,(f=r.__c)?(t.__c=f,2&f.__g&&(f.__g|=1)):(p?t.__c=f=new te(k,g):(t.__c=f=new ze(k,g),f.constructor=te,f.render=_r),_&&_.sub(f),f.state||(f.state={}),f.__n=n,f.__g|=8,f.__h=[],f.__k=[]),p&&(f.__s||(f.__s=f.state),te.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=pe({},f.__s)),pe(f.__s,te.getDerivedStateFromProps(k,f.__s)))),y=f.props,O=f.state,f.__v=t,r.__c){if(k!==y&&p&&!te.getDerivedStateFromProps&&f.componentWillReceiveProps&&f.componentWillReceiveProps(k,g),t.__v==r.__v&&!(8&f.__g)||!(4&f.__g)&&f.shouldComponentUpdate&&f.shouldComponentUpdate(k,f.__s,g)===!1){t.__v!=r.__v&&(f.props=k,f.state=f.__s,f.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(J){J&&(J.__=t)}),Xe.push.apply(f.__h,f.__k),f.__k=[],f.__h.length&&o.push(f),d=le(r);break e}f.componentWillUpdate&&f.componentWillUpdate(k,f.__s,g),p&&f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(y,O,$)})}else p&&!te.getDerivedStateFromProps&&f.componentWillMount&&f.componentWillMount(),p&&f.componentDidMount&&f.__h.push(f.componentDidMount);f.context=g,f.props=k,f.__P=e,f.__g&=-5,D=I.__r,K=p?25:0;do f.__g&=-9,D&&D(t),u=f.render(f.props,f.state=f.__s,f.context);while(8&f.__g&&++K<25);p&&(Xe.push.apply(f.__h,f.__k),f.__k=[]),f.state=f.__s,f.getChildContext&&(n=pe({},n,f.getChildContext())),p&&r.__c&&f.getSnapshotBeforeUpdate&&($=f.getSnapshotBeforeUpdate(y,O)),Me=u&&u.type===w&&u.key==null?u.props.children:u,k.__P&&(u=d,s=(e=k.__P).namespaceURI,l=a=null,r.props&&r.props.__P!=e&&(r.__k.some(function(J){J&&jt(J,J)}),r.__k=null),d=r.__k?le(r,0):null),d=Rn(e,Pt(Me)?Me:[Me],t,r,n,s,a,o,d,l,c),k.__P&&(t.__e=null,d=u),t.__u&=-161,h&&h.some(he),f.__h.length&&o.push(f),1&f.__g&&(f.__g&=-4)}catch(J){if(o.length=m,t.__v=null,l||a)if(J&&J.then){if(t.__u|=128|l,a){for(~(se=a.indexOf(d||void 0))||(se=a.length);(fe=a[se-1])&&fe.nodeType==8;)se--;for(;se<a.length;se++)if(fe=a[se])if(a[se]=null,ue){if(fe==Wt)break}else{if(fe.nodeType!=8)break;fe.data.startsWith("$s")&&(Wt=Ge(ue=fe))}}if(!ue){for(;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;ue=d}(u=Ge(ue=t.__c.__z||(t.__c.__z=ue)))?(t.__e=ue,d=u):t.__e=d,d=d&&d.nextSibling}else a&&a.some(he);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),J&&J.then||Fn(t),I.__e(J,t,r)}}else d=t.__e=yr(r.__e,t,r,n,s,a,o,l,c,e);return(u=I.diffed)&&u(t),d}function Ge(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Fn(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Fn))}function Nn(e,t,r){for(var n=0;n<r.length;)Lt(r[n++],r[n++],r[n++]);I.__c&&I.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(a){a.call(s)})}catch(a){I.__e(a,s.__v)}})}function yr(e,t,r,n,s,a,o,d,l,c){var u,h,m,f,y,O,$,k,p=r.props||Ye,_=t.props,g=t.type;if(g=="svg"?s="http://www.w3.org/2000/svg":g=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),a){for(u=0;u<a.length;u++)if((y=a[u])&&(g?y.localName==g:y.nodeType==3)){e=y,a[u]=null;break}}if(!e){if(k=c.ownerDocument||document,!g)return k.createTextNode(_);e=k.createElementNS(s,g,_.is?_:c),d&&(I.__m&&I.__m(t,a),d=!1),a=null}if(g){if(c=g=="template"&&e.content||e,a=g=="textarea"&&_.defaultValue!=null?null:a&&Cn.call(c.childNodes),!d&&a)for(p={},u=0;u<e.attributes.length;u++)p[(y=e.attributes[u]).name]=y.value;for(u in p)y=p[u],u=="dangerouslySetInnerHTML"?m=y:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||Ue(e,u,null,y,s);for(u in _)y=_[u],u=="children"?f=y:u=="dangerouslySetInnerHTML"?h=y:u=="value"?O=y:u=="checked"?$=y:d&&typeof y!="function"||p[u]===y||Ue(e,u,y,p[u],s);h?(d||m&&(h.__html==m.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(m&&(e.textContent=""),(g=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&hr.test(g))&&(s="http://www.w3.org/1999/xhtml"),Rn(c,Pt(f)?f:[f],t,r,n,s,a,o,a?a[0]:r.__k&&le(r,0),d,l),a&&a.some(he)),d&&g!="textarea"||(u="value",g=="progress"&&O==null?e.removeAttribute(u):O==null||O===e[u]&&(g!="progress"||O)||Ue(e,u,O,p[u],s),u="checked",$!=null&&$!=e[u]&&Ue(e,u,$,p[u],s))}else p===_||d&&e.data==_||(e.data=_);return e}function Lt(e,t,r,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){I.__e(s,r)}}function jt(e,t,r){var n,s,a,o;if(I.unmount&&I.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Lt(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(d){I.__e(d,t)}n.__P=n.__n=null}if(n=e.__k)for(o=0;o<n.length;o++)n[o]&&jt(n[o],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(n=e.__c)&&(n=n.__z)&&(s=Ge(n,a=[]))&&(n==e.__e&&a.some(he),he(s),he(n)),r||he(e.__e),e.__e=e.__c=e.__=null}function _r(e,t,r){return this.constructor(e,r)}function $r(e,t){var r,n,s,a;I.__&&I.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(r=e&&32&e.__u)?null:t.__k,t.__k=He(w,{children:[e]}),s=[],a=[],Tt(t,t.__k,n||Ye,Ye,t.namespaceURI,n?null:t.firstChild?Cn.call(t.childNodes):null,s,n?n.__e:t.firstChild,r,a),Nn(s,t.__k,a),t.__k.props.children=null}function qt(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.shouldComponentUpdate=function(a){this.props.value!=a.value&&n.forEach(function(o){o.__g|=4,$t(o)})},this.sub=function(a){n.add(a);var o=a.componentWillUnmount;a.componentWillUnmount=function(){n.delete(a),o&&o.call(a)}}),r.children}return t.__c="__cC"+An++,t.__=e,t.Provider=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}I={__e:function(e,t,r,n){for(var s,a,o;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((o=(a=s.constructor)&&a.getDerivedStateFromError)&&s.setState(a.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),o=1),o&&8&s.__g)return void(s.__g|=2)}catch(d){e=d}}throw We=0,e}},Sn=0,ze.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=pe({},this.state)),typeof e=="function"&&(e=e(pe({},r),this.props)),e&&(pe(r,e),this.__v&&(t&&this.__k.push(t),$t(this)))},ze.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),$t(this))},ze.prototype.render=w,ae=[],We=0,wn=function(e,t){return e.__v.__b-t.__v.__b},Be=Symbol(),In=/(PointerCapture)$|Capture$/i,Nt=0,_t={},An=0;var br=Symbol.for("pv"),Or=0;function i(e,t,r,n,s,a){t||(t={});var o,d,l=t;if("ref"in l&&typeof e!="function")for(d in l={},t)d=="ref"?o=t[d]:l[d]=t[d];var c={type:e,props:l,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:br,__v:--Or,__i:-1,__u:0};return I.vnode&&I.vnode(c),c}var Ee={NAME:"Name",OPERATION_DEFINITION:"OperationDefinition",FIELD:"Field"};class bt extends Error{constructor(t,r,n,s,a,o,d){super(t),this.name="GraphQLError",this.message=t,a&&(this.path=a),r&&(this.nodes=Array.isArray(r)?r:[r]),n&&(this.source=n),s&&(this.positions=s),o&&(this.originalError=o);var l=d;if(!l&&o){var c=o.extensions;c&&typeof c=="object"&&(l=c)}this.extensions=l||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return"GraphQLError"}}var b,v;function q(e){return new bt(`Syntax Error: Unexpected token at ${v} in ${e}`)}function Xt(e){if(e.lastIndex=v,e.test(b))return b.slice(v,v=e.lastIndex)}var Ve=/ +(?=[^\s])/y;function kr(e){for(var t=e.split(`
`),r="",n=0,s=0,a=t.length-1,o=0;o<t.length;o++)Ve.lastIndex=0,Ve.test(t[o])&&(o&&(!n||Ve.lastIndex<n)&&(n=Ve.lastIndex),s=s||o,a=o);for(var d=s;d<=a;d++)d!==s&&(r+=`
`),r+=t[d].slice(n).replace(/\\"""/g,'"""');return r}function S(){for(var e=0|b.charCodeAt(v++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|b.charCodeAt(v++))if(e===35)for(;(e=0|b.charCodeAt(v++))&&e!==10&&e!==13;);v--}function Mt(){for(var e=v,t=0|b.charCodeAt(v++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|b.charCodeAt(v++));if(e===v-1)throw q("Name");var r=b.slice(e,--v);return S(),r}function V(){return{kind:"Name",value:Mt()}}var Sr=/(?:"""|(?:[\s\S]*?[^\\])""")/y,wr=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ge(e){var t;switch(b.charCodeAt(v)){case 91:v++,S();for(var r=[];b.charCodeAt(v)!==93;)r.push(ge(e));return v++,S(),{kind:"ListValue",values:r};case 123:v++,S();for(var n=[];b.charCodeAt(v)!==125;){var s=V();if(b.charCodeAt(v++)!==58)throw q("ObjectField");S(),n.push({kind:"ObjectField",name:s,value:ge(e)})}return v++,S(),{kind:"ObjectValue",fields:n};case 36:if(e)throw q("Variable");return v++,{kind:"Variable",name:V()};case 34:if(b.charCodeAt(v+1)===34&&b.charCodeAt(v+2)===34){if(v+=3,(t=Xt(Sr))==null)throw q("StringValue");return S(),{kind:"StringValue",value:kr(t.slice(0,-3)),block:!0}}else{var a=v,o;v++;var d=!1;for(o=0|b.charCodeAt(v++);o===92&&(v++,d=!0)||o!==10&&o!==13&&o!==34&&o;o=0|b.charCodeAt(v++));if(o!==34)throw q("StringValue");return t=b.slice(a,v),S(),{kind:"StringValue",value:d?JSON.parse(t):t.slice(1,-1),block:!1}}case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var l=v++,c;(c=0|b.charCodeAt(v++))>=48&&c<=57;);var u=b.slice(l,--v);if((c=b.charCodeAt(v))===46||c===69||c===101){if((t=Xt(wr))==null)throw q("FloatValue");return S(),{kind:"FloatValue",value:u+t}}else return S(),{kind:"IntValue",value:u};case 110:if(b.charCodeAt(v+1)===117&&b.charCodeAt(v+2)===108&&b.charCodeAt(v+3)===108)return v+=4,S(),{kind:"NullValue"};break;case 116:if(b.charCodeAt(v+1)===114&&b.charCodeAt(v+2)===117&&b.charCodeAt(v+3)===101)return v+=4,S(),{kind:"BooleanValue",value:!0};break;case 102:if(b.charCodeAt(v+1)===97&&b.charCodeAt(v+2)===108&&b.charCodeAt(v+3)===115&&b.charCodeAt(v+4)===101)return v+=5,S(),{kind:"BooleanValue",value:!1};break}return{kind:"EnumValue",value:Mt()}}function Pn(e){if(b.charCodeAt(v)===40){var t=[];v++,S();do{var r=V();if(b.charCodeAt(v++)!==58)throw q("Argument");S(),t.push({kind:"Argument",name:r,value:ge(e)})}while(b.charCodeAt(v)!==41);return v++,S(),t}}function de(e){if(b.charCodeAt(v)===64){var t=[];do v++,t.push({kind:"Directive",name:V(),arguments:Pn(e)});while(b.charCodeAt(v)===64);return t}}function Ir(){for(var e=0;b.charCodeAt(v)===91;)e++,v++,S();var t={kind:"NamedType",name:V()};do if(b.charCodeAt(v)===33&&(v++,S(),t={kind:"NonNullType",type:t}),e){if(b.charCodeAt(v++)!==93)throw q("NamedType");S(),t={kind:"ListType",type:t}}while(e--);return t}function Ze(){if(b.charCodeAt(v++)!==123)throw q("SelectionSet");return S(),et()}function et(){var e=[];do if(b.charCodeAt(v)===46){if(b.charCodeAt(++v)!==46||b.charCodeAt(++v)!==46)throw q("SelectionSet");switch(v++,S(),b.charCodeAt(v)){case 64:e.push({kind:"InlineFragment",typeCondition:void 0,directives:de(!1),selectionSet:Ze()});break;case 111:b.charCodeAt(v+1)===110?(v+=2,S(),e.push({kind:"InlineFragment",typeCondition:{kind:"NamedType",name:V()},directives:de(!1),selectionSet:Ze()})):e.push({kind:"FragmentSpread",name:V(),directives:de(!1)});break;case 123:v++,S(),e.push({kind:"InlineFragment",typeCondition:void 0,directives:void 0,selectionSet:et()});break;default:e.push({kind:"FragmentSpread",name:V(),directives:de(!1)})}}else{var t=V(),r=void 0;b.charCodeAt(v)===58&&(v++,S(),r=t,t=V());var n=Pn(!1),s=de(!1),a=void 0;b.charCodeAt(v)===123&&(v++,S(),a=et()),e.push({kind:"Field",alias:r,name:t,arguments:n,directives:s,selectionSet:a})}while(b.charCodeAt(v)!==125);return v++,S(),{kind:"SelectionSet",selections:e}}function Ar(){if(S(),b.charCodeAt(v)===40){var e=[];v++,S();do{var t=void 0;if(b.charCodeAt(v)===34&&(t=ge(!0)),b.charCodeAt(v++)!==36)throw q("Variable");var r=V();if(b.charCodeAt(v++)!==58)throw q("VariableDefinition");S();var n=Ir(),s=void 0;b.charCodeAt(v)===61&&(v++,S(),s=ge(!0)),S();var a={kind:"VariableDefinition",variable:{kind:"Variable",name:r},type:n,defaultValue:s,directives:de(!0)};t&&(a.description=t),e.push(a)}while(b.charCodeAt(v)!==41);return v++,S(),e}}function Cr(e){var t=V();if(b.charCodeAt(v++)!==111||b.charCodeAt(v++)!==110)throw q("FragmentDefinition");S();var r={kind:"FragmentDefinition",name:t,typeCondition:{kind:"NamedType",name:V()},directives:de(!1),selectionSet:Ze()};return e&&(r.description=e),r}function Zt(){var e=[];do{var t=void 0;if(b.charCodeAt(v)===34&&(t=ge(!0)),b.charCodeAt(v)===123){if(t)throw q("Document");v++,S(),e.push({kind:"OperationDefinition",operation:"query",name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:et()})}else{var r=Mt();switch(r){case"fragment":e.push(Cr(t));break;case"query":case"mutation":case"subscription":var n,s=void 0;(n=b.charCodeAt(v))!==40&&n!==64&&n!==123&&(s=V());var a={kind:"OperationDefinition",operation:r,name:s,variableDefinitions:Ar(),directives:de(!1),selectionSet:Ze()};t&&(a.description=t),e.push(a);break;default:throw q("Document")}}}while(v<b.length);return e}function xr(e,t){return b=e.body?e.body:e,v=0,S(),t&&t.noLocation?{kind:"Document",definitions:Zt()}:{kind:"Document",definitions:Zt(),loc:{start:0,end:b.length,startToken:void 0,endToken:void 0,source:{body:b,name:"graphql.web",locationOffset:{line:1,column:1}}}}}function U(e,t,r){for(var n="",s=0;s<e.length;s++)s&&(n+=t),n+=r(e[s]);return n}function Er(e){return JSON.stringify(e)}function Rr(e){return`"""
`+e.replace(/"""/g,'\\"""')+`
"""`}var Z=`
`,x={OperationDefinition(e){var t="";e.description&&(t+=x.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=" "+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=" "),t+="("+U(e.variableDefinitions,", ",x.VariableDefinition)+")"),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive));var r=x.SelectionSet(e.selectionSet);return t!=="query"?t+" "+r:r},VariableDefinition(e){var t="";return e.description&&(t+=x.StringValue(e.description)+" "),t+=x.Variable(e.variable)+": "+ne(e.type),e.defaultValue&&(t+=" = "+ne(e.defaultValue)),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t},Field(e){var t=e.alias?e.alias.value+": "+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var r=U(e.arguments,", ",x.Argument);t.length+r.length+2>80?t+="("+(Z+="  ")+U(e.arguments,Z,x.Argument)+(Z=Z.slice(0,-2))+")":t+="("+r+")"}return e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=" "+x.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?Rr(e.value).replace(/\n/g,Z):Er(e.value)},BooleanValue:e=>""+e.value,NullValue:e=>"null",IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>"$"+e.name.value,ListValue:e=>"["+U(e.values,", ",ne)+"]",ObjectValue:e=>"{"+U(e.fields,", ",x.ObjectField)+"}",ObjectField:e=>e.name.value+": "+ne(e.value),Document(e){return!e.definitions||!e.definitions.length?"":U(e.definitions,`

`,ne)},SelectionSet:e=>"{"+(Z+="  ")+U(e.selections,Z,ne)+(Z=Z.slice(0,-2))+"}",Argument:e=>e.name.value+": "+ne(e.value),FragmentSpread(e){var t="..."+e.name.value;return e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t},InlineFragment(e){var t="...";return e.typeCondition&&(t+=" on "+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t+=" "+x.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t="";return e.description&&(t+=x.StringValue(e.description)+`
`),t+="fragment "+e.name.value,t+=" on "+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=" "+U(e.directives," ",x.Directive)),t+" "+x.SelectionSet(e.selectionSet)},Directive(e){var t="@"+e.name.value;return e.arguments&&e.arguments.length&&(t+="("+U(e.arguments,", ",x.Argument)+")"),t},NamedType:e=>e.name.value,ListType:e=>"["+ne(e.type)+"]",NonNullType:e=>ne(e.type)+"!"},ne=e=>x[e.kind](e);function Dr(e){return Z=`
`,x[e.kind]?x[e.kind](e):""}var Tn=()=>{},M=Tn;function Q(e){return{tag:0,0:e}}function Se(e){return{tag:1,0:e}}var Ot=()=>typeof Symbol=="function"&&Symbol.asyncIterator||"@@asyncIterator",Ln=e=>e;function Fr(e){return t=>r=>{var n=[],s=M,a=M,o=!1,d=!1,l=!1,c=!1;function u(h){l=!0,h((m=>{m===0?l&&(l=!1,n.length?u(e(n.shift())):c?r(0):o||(o=!0,s(0))):m.tag===0?(d=!1,(a=m[0])(0)):l&&(r(m),d?d=!1:a(0))}))}t((h=>{c||(h===0?(c=!0,!l&&!n.length&&r(0)):h.tag===0?s=h[0]:(o=!1,l?n.push(h[0]):u(e(h[0]))))})),r(Q((h=>{h===1?(c||(c=!0,s(1)),l&&(l=!1,a(1))):(!c&&!o&&(o=!0,s(0)),l&&!d&&(d=!0,a(0)))})))}}function Nr(e){return Fr(Ln)(e)}function jn(e){return Nr(Hn(e))}function P(e){return t=>r=>{var n=M;t((s=>{s===0?r(0):s.tag===0?(n=s[0],r(s)):e(s[0])?r(s):n(0)}))}}function Re(e){return t=>r=>t((n=>{n===0||n.tag===0?r(n):r(Se(e(n[0])))}))}function Ut(e){return t=>r=>{var n=[],s=M,a=!1,o=!1;t((d=>{o||(d===0?(o=!0,n.length||r(0)):d.tag===0?s=d[0]:(a=!1,(function(c){var u=M;c((h=>{if(h===0){if(n.length){var m=n.indexOf(u);m>-1&&(n=n.slice()).splice(m,1),n.length||(o?r(0):a||(a=!0,s(0)))}}else h.tag===0?(n.push(u=h[0]),u(0)):n.length&&(r(h),u(0))}))})(e(d[0])),a||(a=!0,s(0))))})),r(Q((d=>{if(d===1){o||(o=!0,s(1));for(var l=0,c=n,u=n.length;l<u;l++)c[l](1);n.length=0}else{!o&&!a?(a=!0,s(0)):a=!1;for(var h=0,m=n,f=n.length;h<f;h++)m[h](0)}})))}}function Pr(e){return Ut(Ln)(e)}function ye(e){return Pr(Hn(e))}function qn(e){return t=>r=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,r(0),e();else if(s.tag===0){var a=s[0];r(Q((o=>{o===1?(n=!0,a(1),e()):a(o)})))}else r(s)}))}}function Mn(e){return t=>r=>{var n=!1;t((s=>{if(!n)if(s===0)n=!0,r(0);else if(s.tag===0){var a=s[0];r(Q((o=>{o===1&&(n=!0),a(o)})))}else e(s[0]),r(s)}))}}function en(e){return t=>r=>t((n=>{n===0?r(0):n.tag===0?(r(n),e()):r(n)}))}function Tr(e,t){return r=>n=>{var s=t;r((a=>{a===0?n(0):a.tag===0?n(a):n(Se(s=e(s,a[0])))}))}}function _e(e){var t=[],r=M,n=!1;return s=>{t.push(s),t.length===1&&e((a=>{if(a===0){for(var o=0,d=t,l=t.length;o<l;o++)d[o](0);t.length=0}else if(a.tag===0)r=a[0];else{n=!1;for(var c=0,u=t,h=t.length;c<h;c++)u[c](a)}})),s(Q((a=>{if(a===1){var o=t.indexOf(s);o>-1&&(t=t.slice()).splice(o,1),t.length||r(1)}else n||(n=!0,r(0))})))}}function kt(e){return t=>r=>{var n=M,s=M,a=!1,o=!1,d=!1,l=!1;t((c=>{l||(c===0?(l=!0,d||r(0)):c.tag===0?n=c[0]:(d&&(s(1),s=M),a?a=!1:(a=!0,n(0)),(function(h){d=!0,h((m=>{d&&(m===0?(d=!1,l?r(0):a||(a=!0,n(0))):m.tag===0?(o=!1,(s=m[0])(0)):(r(m),o?o=!1:s(0)))}))})(e(c[0]))))})),r(Q((c=>{c===1?(l||(l=!0,n(1)),d&&(d=!1,s(1))):(!l&&!a&&(a=!0,n(0)),d&&!o&&(o=!0,s(0)))})))}}function Un(e){return t=>r=>{var n=M,s=!1,a=0;t((o=>{s||(o===0?(s=!0,r(0)):o.tag===0?n=o[0]:a++<e?(r(o),!s&&a>=e&&(s=!0,r(0),n(1))):r(o))})),r(Q((o=>{o===1&&!s?(s=!0,n(1)):o===0&&!s&&a<e&&n(0)})))}}function Vt(e){return t=>r=>{var n=M,s=M,a=!1;t((o=>{a||(o===0?(a=!0,s(1),r(0)):o.tag===0?(n=o[0],e((d=>{d===0||(d.tag===0?(s=d[0])(0):(a=!0,s(1),n(1),r(0)))}))):r(o))})),r(Q((o=>{o===1&&!a?(a=!0,n(1),s(1)):a||n(0)})))}}function Vn(e,t){return r=>n=>{var s=M,a=!1;r((o=>{a||(o===0?(a=!0,n(0)):o.tag===0?(s=o[0],n(o)):e(o[0])?n(o):(a=!0,t&&n(o),n(0),s(1)))}))}}function Lr(e){return t=>e()(t)}function Bn(e){return t=>{var r=e[Ot()]&&e[Ot()]()||e,n=!1,s=!1,a=!1,o;t(Q((async d=>{if(d===1)n=!0,r.return&&r.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=await r.next()).done)n=!0,r.return&&await r.return(),t(0);else try{a=!1,t(Se(o.value))}catch(l){if(r.throw)(n=!!(await r.throw(l)).done)&&t(0);else throw l}s=!1}})))}}function jr(e){return e[Ot()]?Bn(e):t=>{var r=e[Symbol.iterator](),n=!1,s=!1,a=!1,o;t(Q((d=>{if(d===1)n=!0,r.return&&r.return();else if(s)a=!0;else{for(a=s=!0;a&&!n;)if((o=r.next()).done)n=!0,r.return&&r.return(),t(0);else try{a=!1,t(Se(o.value))}catch(l){if(r.throw)(n=!!r.throw(l).done)&&t(0);else throw l}s=!1}})))}}var Hn=jr;function ce(e){return t=>{var r=!1;t(Q((n=>{n===1?r=!0:r||(r=!0,t(Se(e)),t(0))})))}}function zn(e){return t=>{var r=!1,n=e({next(s){r||t(Se(s))},complete(){r||(r=!0,t(0))}});t(Q((s=>{s===1&&!r&&(r=!0,n())})))}}function Gn(){var e,t;return{source:_e(zn((r=>(e=r.next,t=r.complete,Tn)))),next(r){e&&e(r)},complete(){t&&t()}}}function Fe(e){return t=>{var r=M,n=!1;return t((s=>{s===0?n=!0:s.tag===0?(r=s[0])(0):n||(e(s[0]),r(0))})),{unsubscribe(){n||(n=!0,r(1))}}}}function qr(e){Fe((t=>{}))(e)}function Mr(e){return new Promise((t=>{var r=M,n;e((s=>{s===0?Promise.resolve(n).then(t):s.tag===0?(r=s[0])(0):(n=s[0],r(0))}))}))}var Ur=e=>e&&typeof e.message=="string"&&(e.extensions||e.name==="GraphQLError")?e:typeof e=="object"&&typeof e.message=="string"?new bt(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new bt(e);class Bt extends Error{constructor(t){var r=(t.graphQLErrors||[]).map(Ur),n=((s,a)=>{var o="";if(s)return`[Network] ${s.message}`;if(a)for(var d=0,l=a.length;d<l;d++)o&&(o+=`
`),o+=`[GraphQL] ${a[d].message}`;return o})(t.networkError,r);super(n),this.name="CombinedError",this.message=n,this.graphQLErrors=r,this.networkError=t.networkError,this.response=t.response}toString(){return this.message}}var Je=(e,t)=>{for(var r=0|(t||5381),n=0,s=0|e.length;n<s;n++)r=(r<<5)+r+e.charCodeAt(n);return r},me=new Set,tn=new WeakMap,ve=(e,t)=>{if(e===null||me.has(e))return"null";if(typeof e!="object")return JSON.stringify(e)||"";if(e.toJSON)return ve(e.toJSON(),t);if(Array.isArray(e)){for(var r="[",n=0,s=e.length;n<s;n++)r.length>1&&(r+=","),r+=ve(e[n],t)||"null";return r+="]"}else if(!t&&(nt!==$e&&e instanceof nt||rt!==$e&&e instanceof rt))return"null";var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=tn.get(e)||Math.random().toString(36).slice(2);return tn.set(e,o),ve({__key:o},t)}me.add(e);for(var d="{",l=0,c=a.length;l<c;l++){var u=ve(e[a[l]],t);u&&(d.length>1&&(d+=","),d+=ve(a[l],t)+":"+u)}return me.delete(e),d+="}"},St=(e,t,r)=>{if(!(r==null||typeof r!="object"||r.toJSON||me.has(r)))if(Array.isArray(r))for(var n=0,s=r.length;n<s;n++)St(e,`${t}.${n}`,r[n]);else if(r instanceof nt||r instanceof rt)e.set(t,r);else{me.add(r);for(var a in r)St(e,`${t}.${a}`,r[a])}},tt=(e,t)=>(me.clear(),ve(e,t||!1));class $e{}var nt=typeof File<"u"?File:$e,rt=typeof Blob<"u"?Blob:$e,Vr=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,Br=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,Hr=(e,t)=>t%2==0?e.replace(Br,`
`):e,nn=e=>e.split(Vr).map(Hr).join("").trim(),rn=new Map,Qe=new Map,Ht=e=>{var t;return typeof e=="string"?t=nn(e):e.loc&&Qe.get(e.__key)===e?t=e.loc.source.body:(t=rn.get(e)||nn(Dr(e)),rn.set(e,t)),typeof e!="string"&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:"gql",locationOffset:{line:1,column:1}}}),t},sn=e=>{var t;if(e.documentId)t=Je(e.documentId);else if(t=Je(Ht(e)),e.definitions){var r=Qn(e);r&&(t=Je(`
# ${r}`,t))}return t},Jn=e=>{var t,r;return typeof e=="string"?(t=sn(e),r=Qe.get(t)||xr(e,{noLocation:!0})):(t=e.__key||sn(e),r=Qe.get(t)||e),r.loc||Ht(r),r.__key=t,Qe.set(t,r),r},Ke=(e,t,r)=>{var n=t||{},s=Jn(e),a=tt(n,!0),o=s.__key;return a!=="{}"&&(o=Je(a,o)),{key:o,query:s,variables:n,extensions:r}},Qn=e=>{for(var t=0,r=e.definitions.length;t<r;t++){var n=e.definitions[t];if(n.kind===Ee.OPERATION_DEFINITION)return n.name?n.name.value:void 0}},it=(e,t,r)=>{var n=t.payload||t;if(!("data"in n||"errors"in n&&Array.isArray(n.errors)))throw new Error("No Content");var s=e.kind==="subscription";return{operation:e,data:n.data,error:Array.isArray(n.errors)?new Bt({graphQLErrors:n.errors,response:r}):void 0,extensions:n.extensions?{...n.extensions}:void 0,hasNext:t.hasNext==null?s:t.hasNext,stale:!1}},st=(e,t)=>{if(typeof e=="object"&&e!=null){if(Array.isArray(e)){e=[...e];for(var r=0,n=t.length;r<n;r++)e[r]=st(e[r],t[r]);return e}if(!e.constructor||e.constructor===Object){e={...e};for(var s in t)e[s]=st(e[s],t[s]);return e}}return t},Kn=(e,t,r,n)=>{var s=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},d=t.incremental;"path"in t&&(d=[t]);var l={data:e.data};if(d)for(var c=function(){var m=d[u];Array.isArray(m.errors)&&s.push(...m.errors),m.extensions&&(Object.assign(o,m.extensions),a=!0);var f="data",y=l,O=[];if(m.path)O=m.path;else if(n){var $=n.find((K=>K.id===m.id));m.subPath?O=[...$.path,...m.subPath]:O=$.path}for(var k=0,p=O.length;k<p;f=O[k++])y=y[f]=Array.isArray(y[f])?[...y[f]]:{...y[f]};if(m.items)for(var _=+f>=0?f:0,g=0,D=m.items.length;g<D;g++)y[_+g]=st(y[_+g],m.items[g]);else m.data!==void 0&&(y[f]=st(y[f],m.data))},u=0,h=d.length;u<h;u++)c();else l.data=(t.payload||t).data||e.data,s=t.errors||t.payload&&t.payload.errors||s;return{operation:e.operation,data:l.data,error:s.length?new Bt({graphQLErrors:s,response:r}):void 0,extensions:a?o:void 0,hasNext:t.hasNext!=null?t.hasNext:e.hasNext,stale:!1}},Wn=(e,t,r)=>({operation:e,data:void 0,error:new Bt({networkError:t,response:r}),extensions:void 0,hasNext:!1,stale:!1});function Yn(e){var t={query:void 0,documentId:void 0,operationName:Qn(e.query),variables:e.variables||void 0,extensions:e.extensions};return"documentId"in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:(!e.extensions||!e.extensions.persistedQuery||e.extensions.persistedQuery.miss)&&(t.query=Ht(e.query)),t}var zr=(e,t)=>{var r=e.kind==="query"&&e.context.preferGetMethod;if(!r||!t)return e.context.url;var n=Gr(e.context.url);for(var s in t){var a=t[s];a&&n[1].set(s,typeof a=="object"?tt(a):a)}var o=n.join("?");return o.length>2047&&r!=="force"?(e.context.preferGetMethod=!1,e.context.url):o},Gr=e=>{var t=e.indexOf("?");return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},Jr=(e,t)=>{if(t&&!(e.kind==="query"&&e.context.preferGetMethod)){var r=tt(t),n=(d=>{var l=new Map;return(nt!==$e||rt!==$e)&&(me.clear(),St(l,"variables",d)),l})(t.variables);if(n.size){var s=new FormData;s.append("operations",r),s.append("map",tt({...[...n.keys()].map((d=>[d]))}));var a=0;for(var o of n.values())s.append(""+a++,o);return s}return r}},Qr=(e,t)=>{var r={accept:e.kind==="subscription"?"text/event-stream, multipart/mixed":"application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed"},n=(typeof e.context.fetchOptions=="function"?e.context.fetchOptions():e.context.fetchOptions)||{};if(n.headers)if((o=>"has"in o&&!Object.keys(o).length)(n.headers))n.headers.forEach(((o,d)=>{r[d]=o}));else if(Array.isArray(n.headers))n.headers.forEach(((o,d)=>{Array.isArray(o)?r[o[0]]?r[o[0]]=`${r[o[0]]},${o[1]}`:r[o[0]]=o[1]:r[d]=o}));else for(var s in n.headers)r[s.toLowerCase()]=n.headers[s];var a=Jr(e,t);return typeof a=="string"&&!r["content-type"]&&(r["content-type"]="application/json"),{...n,method:a?"POST":"GET",body:a,headers:r}},Kr=/boundary="?([^=";]+)"?/i,Wr=/data: ?([^\n]+)/;async function*an(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var r=e.body.getReader(),n;try{for(;!(n=await r.read()).done;)yield n.value}finally{r.cancel()}}}async function*on(e,t){var r=typeof TextDecoder<"u"?new TextDecoder:null,n="",s;for await(var a of e)for(n+=a.constructor.name==="Buffer"?a.toString():r.decode(a,{stream:!0});(s=n.indexOf(t))>-1;)yield n.slice(0,s),n=n.slice(s+t.length)}async function*Yr(e,t,r){var n=!0,s=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,r)).headers.get("Content-Type")||"",d;/multipart\/mixed/i.test(o)?d=(async function*(h,m){var f=h.match(Kr),y="--"+(f?f[1]:"-"),O=!0,$;for await(var k of on(an(m),`\r
`+y)){if(O){O=!1;var p=k.indexOf(y);if(p>-1)k=k.slice(p+y.length);else continue}try{yield $=JSON.parse(k.slice(k.indexOf(`\r
\r
`)+4))}catch(_){if(!$)throw _}if($&&$.hasNext===!1)break}$&&$.hasNext!==!1&&(yield{hasNext:!1})})(o,a):/text\/event-stream/i.test(o)?d=(async function*(h){var m;for await(var f of on(an(h),`

`)){var y=f.match(Wr);if(y){var O=y[1];try{yield m=JSON.parse(O)}catch($){if(!m)throw $}if(m&&m.hasNext===!1)break}}m&&m.hasNext!==!1&&(yield{hasNext:!1})})(a):/text\//i.test(o)?d=(async function*(h){var m=await h.text();try{var f=JSON.parse(m);yield f}catch{throw new Error(m)}})(a):d=(async function*(h){yield JSON.parse(await h.text())})(a);var l;for await(var c of d)c.pending&&!s?l=c.pending:c.pending&&(l=[...l,...c.pending]),s=s?Kn(s,c,a,l):it(e,c,a),n=!1,yield s,n=!0;s||(yield s=it(e,{},a))}catch(u){if(!n)throw u;yield Wn(e,a&&(a.status<200||a.status>=300)&&a.statusText?new Error(a.statusText):u,a)}}function Xr(e,t,r){var n;return typeof AbortController<"u"&&(r.signal=(n=new AbortController).signal),qn((()=>{n&&n.abort()}))(P((s=>!!s))(Bn(Yr(e,t,r))))}var wt=(e,t)=>{if(Array.isArray(e))for(var r=0,n=e.length;r<n;r++)wt(e[r],t);else if(typeof e=="object"&&e!==null)for(var s in e)s==="__typename"&&typeof e[s]=="string"?t.add(e[s]):wt(e[s],t);return t},It=e=>{if("definitions"in e){for(var t=[],r=0,n=e.definitions.length;r<n;r++){var s=It(e.definitions[r]);t.push(s)}return{...e,definitions:t}}if("directives"in e&&e.directives&&e.directives.length){for(var a=[],o={},d=0,l=e.directives.length;d<l;d++){var c=e.directives[d],u=c.name.value;u[0]!=="_"?a.push(c):u=u.slice(1),o[u]=c}e={...e,directives:a,_directives:o}}if("selectionSet"in e){var h=[],m=e.kind===Ee.OPERATION_DEFINITION;if(e.selectionSet){for(var f=0,y=e.selectionSet.selections.length;f<y;f++){var O=e.selectionSet.selections[f];m=m||O.kind===Ee.FIELD&&O.name.value==="__typename"&&!O.alias;var $=It(O);h.push($)}return m||h.push({kind:Ee.FIELD,name:{kind:Ee.NAME,value:"__typename"},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:h}}}}return e},dn=new Map,Zr=e=>{var t=Jn(e),r=dn.get(t.__key);return r||(dn.set(t.__key,r=It(t)),Object.defineProperty(r,"__key",{value:t.__key,enumerable:!1})),r};function cn(e){var t=r=>e(r);return t.toPromise=()=>Mr(Un(1)(P((r=>!r.stale&&!r.hasNext))(t))),t.then=(r,n)=>t.toPromise().then(r,n),t.subscribe=r=>Fe(r)(t),t}function be(e,t,r){return{...t,kind:e,context:t.context?{...t.context,...r}:r||t.context}}var ln=(e,t)=>be(e.kind,e,{meta:{...e.context.meta,...t}}),ei=()=>{},ft=({kind:e})=>e!=="mutation"&&e!=="query",ti=e=>{var t=Zr(e.query);if(t!==e.query){var r=be(e.kind,e);return r.query=t,r}else return e},ni=({forward:e,client:t,dispatchDebug:r})=>{var n=new Map,s=new Map,a=o=>o.kind==="query"&&o.context.requestPolicy!=="network-only"&&(o.context.requestPolicy==="cache-only"||n.has(o.key));return o=>{var d=Re((c=>{var u=n.get(c.key),h=u||it(c,{data:null});return h={...h,operation:ln(c,{cacheOutcome:u?"hit":"miss"})},c.context.requestPolicy==="cache-and-network"&&(h.stale=!0,un(t,c)),h}))(P((c=>!ft(c)&&a(c)))(o)),l=Mn((c=>{var{operation:u}=c;if(u){var h=u.context.additionalTypenames||[];if(c.operation.kind!=="subscription"&&(h=(D=>[...wt(D,new Set)])(c.data).concat(h)),c.operation.kind==="mutation"||c.operation.kind==="subscription"){for(var m=new Set,f=0;f<h.length;f++){var y=h[f],O=s.get(y);O||s.set(y,O=new Set);for(var $ of O.values())m.add($);O.clear()}for(var k of m.values())n.has(k)&&(u=n.get(k).operation,n.delete(k),un(t,u))}else if(u.kind==="query"&&c.data){n.set(u.key,c);for(var p=0;p<h.length;p++){var _=h[p],g=s.get(_);g||s.set(_,g=new Set),g.add(u.key)}}}}))(e(P((c=>c.kind!=="query"||c.context.requestPolicy!=="cache-only"))(Re((c=>ln(c,{cacheOutcome:"miss"})))(ye([Re(ti)(P((c=>!ft(c)&&!a(c)))(o)),P((c=>ft(c)))(o)])))));return ye([d,l])}},un=(e,t)=>e.reexecuteOperation(be(t.kind,t,{requestPolicy:"network-only"})),ri=({forwardSubscription:e,enableAllOperations:t,isSubscriptionOperation:r})=>({client:n,forward:s})=>{var a=r||(o=>o.kind==="subscription"||!!t&&(o.kind==="query"||o.kind==="mutation"));return o=>{var d=Ut((c=>{var{key:u}=c,h=P((m=>m.kind==="teardown"&&m.key===u))(o);return Vt(h)((m=>{var f=e(Yn(m),m);return zn((y=>{var O=!1,$,k;function p(_){y.next(k=k?Kn(k,_):it(m,_))}return Promise.resolve().then((()=>{O||($=f.subscribe({next:p,error(_){Array.isArray(_)?p({errors:_}):y.next(Wn(m,_)),y.complete()},complete(){O||(O=!0,k&&k.hasNext?p({hasNext:!1}):m.kind==="subscription"&&n.reexecuteOperation(be("teardown",m,m.context)),y.complete())}}))})),()=>{O=!0,$&&$.unsubscribe()}}))})(c))}))(P((c=>c.kind!=="teardown"&&a(c)))(o)),l=s(P((c=>c.kind==="teardown"||!a(c)))(o));return ye([d,l])}},ii=({forward:e,dispatchDebug:t})=>r=>{var n=Ut((a=>{var o=Yn(a),d=zr(a,o),l=Qr(a,o),c=Vt(P((u=>u.kind==="teardown"&&u.key===a.key))(r))(Xr(a,d,l));return c}))(P((a=>a.kind!=="teardown"&&(a.kind!=="subscription"||!!a.context.fetchSubscriptions)))(r)),s=e(P((a=>a.kind==="teardown"||a.kind==="subscription"&&!a.context.fetchSubscriptions))(r));return ye([n,s])},si=e=>({client:t,forward:r,dispatchDebug:n})=>e.reduceRight(((s,a)=>a({client:t,forward(o){return _e(s(_e(o)))},dispatchDebug(o){}})),r),ai=({dispatchDebug:e})=>t=>P((r=>!1))(t),oi=function e(t){var r=0,n=new Map,s=new Map,a=new Set,o=[],d={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod!=null?t.preferGetMethod:"within-url-limit",requestPolicy:t.requestPolicy||"cache-first"},l=Gn();function c(p){(p.kind==="mutation"||p.kind==="teardown"||!a.has(p.key))&&(p.kind==="teardown"?a.delete(p.key):p.kind!=="mutation"&&a.add(p.key),l.next(p))}var u=!1;function h(p){if(p&&c(p),!u){for(u=!0;u&&(p=o.shift());)c(p);u=!1}}var m=p=>{var _=Vt(P((g=>g.kind==="teardown"&&g.key===p.key))(l.source))(P((g=>g.operation.kind===p.kind&&g.operation.key===p.key&&(!g.operation.context._instance||g.operation.context._instance===p.context._instance)))(k));return p.kind!=="query"?_=Vn((g=>!!g.hasNext),!0)(_):_=kt((g=>{var D=ce(g);return g.stale||g.hasNext?D:ye([D,Re((()=>(g.stale=!0,g)))(Un(1)(P((K=>K.key===p.key))(l.source)))])}))(_),p.kind!=="mutation"?_=qn((()=>{a.delete(p.key),n.delete(p.key),s.delete(p.key),u=!1;for(var g=o.length-1;g>=0;g--)o[g].key===p.key&&o.splice(g,1);c(be("teardown",p,p.context))}))(Mn((g=>{if(g.stale)if(!g.hasNext)a.delete(p.key);else for(var D=0;D<o.length;D++){var K=o[D];if(K.key===g.operation.key){a.delete(K.key);break}}else g.hasNext||a.delete(p.key);n.set(p.key,g)}))(_)):_=en((()=>{c(p)}))(_),_e(_)},f=this instanceof e?this:Object.create(e.prototype),y=Object.assign(f,{suspense:!!t.suspense,operations$:l.source,reexecuteOperation(p){if(p.kind==="teardown")h(p);else if(p.kind==="mutation")o.push(p),Promise.resolve().then(h);else if(s.has(p.key)){for(var _=!1,g=0;g<o.length;g++)o[g].key===p.key&&(o[g]=p,_=!0);_||a.has(p.key)&&p.context.requestPolicy!=="network-only"?(a.delete(p.key),Promise.resolve().then(h)):(o.push(p),Promise.resolve().then(h))}},createRequestOperation(p,_,g){return g||(g={}),be(p,_,{_instance:p==="mutation"?r=r+1|0:void 0,...d,...g,requestPolicy:g.requestPolicy||d.requestPolicy,suspense:g.suspense||g.suspense!==!1&&y.suspense})},executeRequestOperation(p){return p.kind==="mutation"?cn(m(p)):cn(Lr((()=>{var _=s.get(p.key);_||s.set(p.key,_=m(p)),_=en((()=>{h(p)}))(_);var g=n.get(p.key);return p.kind==="query"&&g&&(g.stale||g.hasNext)?kt(ce)(ye([_,P((D=>D===n.get(p.key)))(ce(g))])):_})))},executeQuery(p,_){var g=y.createRequestOperation("query",p,_);return y.executeRequestOperation(g)},executeSubscription(p,_){var g=y.createRequestOperation("subscription",p,_);return y.executeRequestOperation(g)},executeMutation(p,_){var g=y.createRequestOperation("mutation",p,_);return y.executeRequestOperation(g)},readQuery(p,_,g){var D=null;return Fe((K=>{D=K}))(y.query(p,_,g)).unsubscribe(),D},query:(p,_,g)=>y.executeQuery(Ke(p,_),g),subscription:(p,_,g)=>y.executeSubscription(Ke(p,_),g),mutation:(p,_,g)=>y.executeMutation(Ke(p,_),g)}),O=ei,$=si(t.exchanges),k=_e($({client:y,dispatchDebug:O,forward:ai({dispatchDebug:O})})(l.source));return qr(k),y},Oe,E,ht,fn,At=Object.is,Ne=0,Xn=[],Ct=[],R=I,hn=R.__b,pn=R.__r,mn=R.diffed,vn=R.__c,gn=R.unmount,yn=R.__;function dt(e,t){R.__h&&R.__h(E,e,Ne||t),Ne=0;var r=E.__H||(E.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function z(e){return Ne=1,di(er,e)}function di(e,t,r){var n=dt(Oe++,2);if(n.t=e,!n.__c&&(n.__=[er(void 0,t),function(a){var o=(n.__N||n.__)[0],d=n.t(o,a);At(o,d)||(n.__N=[d,n.__[1]],n.__c.setState({}))}],n.__c=E,!E.__f)){E.__f=!0;var s=E.shouldComponentUpdate;E.shouldComponentUpdate=function(a,o,d){var l=this.__H;if(!l)return!0;var c=!1,u=this.props!=a;if(l.__.some(function(m){m.__N&&(c=!0,At(m.__[0],m.__N[0])||(u=!0))}),s){var h=s.call(this,a,o,d);return c?h||u:h}return!c||u}}return n.__}function W(e,t){var r=dt(Oe++,3);!R.__s&&Zn(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,E.__H.__h.push(r))}function zt(e){return Ne=5,Pe(function(){return{current:e}},[])}function Pe(e,t){var r=dt(Oe++,7);return Zn(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function pt(e,t){return Ne=8,Pe(function(){return e},t)}function Te(e){var t=E.context[e.__c],r=dt(Oe++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(E)),t.props.value):e.__}function ci(){var e;do{for(;e=Ct.shift();)try{De(e)}catch(r){R.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Xn.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(De),t.__h.some(xt),t.__h=[]}catch(r){t.__h=[],R.__e(r,e.__v)}}}while(Ct.length)}R.__b=function(e){E=null,hn&&hn(e)},R.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),yn&&yn(e,t)},R.__r=function(e){pn&&pn(e),Oe=0;var t=(E=e.__c).__H;t&&(ht==E?E.__h=[]:(t.__h.some(De),t.__h.some(xt),Oe=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),ht=E},R.diffed=function(e){mn&&mn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&$n(Xn.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),ht=E=null},R.__c=function(e,t){t.some(function(r){try{r.__h.some(De),r.__h=r.__h.filter(function(n){return!n.__||xt(n)})}catch(n){r.__h=[function(){throw n}]}}),vn&&vn(e,t)},R.unmount=function(e){gn&&gn(e);var t,r,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}s.__P=r,$n(Ct.push(s))}else De(s)}catch(a){t=a}}),n.__H=void 0,t&&R.__e(t,n.__v))};var _n=typeof requestAnimationFrame=="function";function li(e){var t,r=function(){clearTimeout(n),_n&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);_n&&(t=requestAnimationFrame(r))}function $n(e){e!=1&&fn==R.requestAnimationFrame||((fn=R.requestAnimationFrame)||li)(ci)}function De(e){var t=E,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),E=t}function xt(e){var t=E;e.__c=e.__(),E=t}function Zn(e,t){return!e||e.length!=t.length||t.some(function(r,n){return!At(r,e[n])})}function er(e,t){return typeof t=="function"?t(e):t}var ui={},ct=qt(ui),fi=ct.Provider;ct.Consumer;ct.displayName="UrqlContext";var hi=()=>{var e=Te(ct);return e},mt=!1,pi=(e,t)=>e===t||!(!e||!t||e.key!==t.key),mi=(e,t)=>{if(typeof e!="object"||typeof t!="object")return e!==t;for(var r in e)if(!(r in t))return!0;for(var n in t)if(n==="operation"?!pi(e[n],t[n]):e[n]!==t[n])return!0;return!1};function vi(e,t){var[r,n]=Pe((()=>{var o=Gn();return[jn([ce(e),o.source]),d=>{d!==e&&o.next(e=d)}]}),[]),[s,a]=z((()=>{mt=!0;var o;try{Fe((d=>{o=d}))(t(ce(e))).unsubscribe()}finally{mt=!1}return o}));return W((()=>Fe((o=>{mt||a((d=>mi(d,o)?o:d))}))(t(r,s)).unsubscribe),[r]),[s,n]}function gi(e,t){var r=zt(void 0);return Pe((()=>{var n=Ke(e,t);return r.current!==void 0&&r.current.key===n.key?r.current:(r.current=n,n)}),[e,t])}var yi={fetching:!1,stale:!1,hasNext:!1,error:void 0,data:void 0,extensions:void 0,operation:void 0},vt=(e,t)=>t&&t.suspense!==void 0?!!t.suspense:e.suspense,gt=new Map;function _i(e){var t=hi(),r=gi(e.query,e.variables),n=pt((l=>{var c=vt(t,e.context),u=c?gt.get(r.key):void 0;return u||(u=t.executeQuery(r,{requestPolicy:e.requestPolicy,...e.context,...l}),c&&(u=(function(m){var f=_e(m),y,O;return $=>{var k=!1;if(Vn((_=>(y===void 0&&Promise.resolve(_).then(O),y=_,!k)))(f)($),y!==void 0){var p=[y];p.tag=1,$(p)}else throw k=!0,$(0),new Promise((_=>{O=_}))}})(u),typeof window<"u"&&gt.set(r.key,u))),u}),[t,r,e.requestPolicy,e.context]),s=Pe((()=>e.pause?null:n()),[e.pause,n]),[a,o]=vi(s,pt(((l,c)=>Tr(((u,h)=>({...u,...h})),c||yi)(kt((u=>u?jn([ce({fetching:!0,stale:!1}),Re((({stale:h,data:m,error:f,extensions:y,operation:O,hasNext:$})=>({fetching:!1,stale:!!h,hasNext:$,data:m,error:f,operation:O,extensions:y})))(u),ce({fetching:!1,stale:!1,hasNext:!1})]):ce({fetching:!1,stale:!1,hasNext:!1})))(l))),[])),d=pt((l=>{o(n({suspense:!1,...l}))}),[o,n]);return W((()=>{gt.delete(r.key),vt(t,e.context)||o(s)}),[o,t,s,r,e.context]),vt(t,e.context)&&o(s),[a,d]}const tr=new URL("/graphql",location.href).toString(),Et=ur({url:tr.replace(/^http/,"ws"),lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0}),Gt=new oi({url:tr,preferGetMethod:!1,requestPolicy:"cache-and-network",exchanges:[ni,ii,ri({forwardSubscription(e){const t={...e,query:e.query||""};return{subscribe(r){return{unsubscribe:Et.subscribe(t,r)}}}}})]});function Y(e,t,r=!1){return _i({query:e.toString(),variables:t,pause:r})}async function ke(e,t){const r=await Gt.query(e.toString(),t,{requestPolicy:"network-only"}).toPromise();if(r.error)throw r.error;if(!r.data)throw new Error("the server answered no data");return r.data}const $i=["valid","pos","known"];function nr(e){const t=e.replace(/^#/,""),r=t.indexOf("?"),n=r<0?t:t.slice(0,r),s=new URLSearchParams(r<0?"":t.slice(r+1));return{path:n.split("/").filter(Boolean).map(decodeURIComponent),params:s}}function lt(e,t){const r=t instanceof URLSearchParams?new URLSearchParams(t):new URLSearchParams;if(!(t instanceof URLSearchParams))for(const[s,a]of Object.entries(t))a&&r.set(s,a);for(const[s,a]of[...r.entries()])a||r.delete(s);const n=r.toString();return"#/"+e.map(encodeURIComponent).join("/")+(n?"?"+n:"")}function bi(){const[e,t]=z(location.hash);return W(()=>{const r=()=>t(location.hash);return addEventListener("hashchange",r),()=>removeEventListener("hashchange",r)},[]),nr(e)}function ut(){return nr(location.hash)}function F(e,t={},r=ut()){const n=new URLSearchParams;for(const s of $i){const a=r.params.get(s);a&&n.set(s,a)}for(const[s,a]of Object.entries(t))a?n.set(s,a):n.delete(s);return lt(e,n)}function rr(e){location.hash!==e&&(location.hash=e)}function H(e,t=!1){const r=ut(),n=new URLSearchParams(r.params);n.delete("basis");for(const[a,o]of Object.entries(e))o?n.set(a,o):n.delete(a);const s=lt(r.path,n);t?(history.replaceState(null,"",s),dispatchEvent(new HashChangeEvent("hashchange"))):rr(s)}const ir=new Set;function Oi(e){const t=ut();if(t.params.has("pos")||t.params.has("known"))return;const r=`${e.position},${e.validAt}`;if(t.params.get("basis")===r)return;const n=new URLSearchParams(t.params);n.set("basis",r);const s=lt(t.path,n);ir.add(s),history.replaceState(history.state,"",s)}function Jt(e){const t=e.params.get("basis");if(!t||ir.has(lt(e.path,e.params)))return null;const r=/^(\d+),(\d{4}-\d{2}-\d{2})$/.exec(t);return r?{position:Number(r[1]),validAt:r[2]}:null}function re(e){const t={},r=e.params.get("valid"),n=e.params.get("pos"),s=e.params.get("known"),a=Jt(e);return r&&(t.validAt=r),n&&/^\d+$/.test(n)?t.position=Number(n):s?t.knownAt=s:a&&(t.position=a.position,t.validAt??=a.validAt),Object.keys(t).length?t:void 0}function ki(e){return e.params.has("pos")||e.params.has("known")||Jt(e)!==null}const Qt=qt({head:null,events:[],connected:!1});function ie(e,t){const{events:r}=Te(Qt),n=r.length?r[r.length-1].position:0,s=zt(n),a=ki(e)||e.params.has("after")||e.params.has("before");W(()=>{n>s.current&&!a&&t(),s.current=n},[n,a])}class A extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}}const Si=new A(`
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
    `,{fragmentName:"SummaryFields"}),wi=new A(`
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
    `,{fragmentName:"EventFields"}),Ii=new A(`
    fragment SourceFields on Source {
  sourceId
  citation
  title
  publisher
  url
  official
  publishedOn
}
    `,{fragmentName:"SourceFields"}),Ai=new A(`
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
}`,{fragmentName:"LinkFields"}),Ci=new A(`
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
}`,{fragmentName:"RecordFields"}),xi=new A(`
    query LedgerHead {
  ledger {
    head
    signingKey {
      keyId
    }
  }
}
    `),Ei=new A(`
    query TreeHead($size: Int) {
  treeHead(size: $size) {
    size
    rootHash
  }
}
    `),Ri=new A(`
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
    `),Di=new A(`
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
    `),Fi=new A(`
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
    `),Ni=new A(`
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
    `),Pi=new A(`
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
    `),Ti=new A(`
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
    `),Li=new A(`
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
}`),ji=new A(`
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
}`),qi=new A(`
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
}`),Mi=new A(`
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
}`),Ui=new A(`
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
}`),Vi=new A(`
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
}`),Bi=new A(`
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
    `),Hi=new A(`
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
    `),zi=new A(`
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
    `),Gi=new A(`
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
    `),Ji=new A(`
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
}`),Qi=new A(`
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
}`),Ki=new A(`
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
}`),Wi=new A(`
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
    `),Yi={"\n  fragment SourceFields on Source {\n    sourceId\n    citation\n    title\n    publisher\n    url\n    official\n    publishedOn\n  }\n":Ii,"\n  fragment EventFields on LedgerEvent {\n    position\n    eventId\n    type\n    stream\n    version\n    recordedAt\n    actor\n    command\n    data\n    hash\n    subject { kind id }\n  }\n":wi,"\n  fragment SummaryFields on RecordSummary {\n    ref { kind id }\n    known\n    retracted\n    label\n    jurisdiction\n    date\n    status\n  }\n":Si,"\n  fragment LinkFields on Link {\n    id\n    relation\n    assertedBy\n    evidence\n    knownSince\n    fromRef { kind id }\n    toRef { kind id }\n    sources { ...SourceFields }\n  }\n":Ai,"\n  fragment RecordFields on Record {\n    id\n    recordId\n    kind\n    version\n    knownSince\n    basis { position validAt }\n    history { ...EventFields }\n    corrections { id eventId field oldValue newValue reason evidence sources { ...SourceFields } }\n    retraction { id eventId reason sources { ...SourceFields } }\n    sourceConflicts { id field followed note claims { value source { ...SourceFields } } }\n    outgoingLinks { ...LinkFields }\n    incomingLinks { ...LinkFields }\n  }\n":Ci,"\n  query LedgerHead {\n    ledger { head signingKey { keyId } }\n  }\n":xi,"\n  query TreeHead($size: Int) {\n    treeHead(size: $size) { size rootHash }\n  }\n":Ei,"\n  query Measures($asOf: AsOf, $filter: MeasureFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    measures(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        measureType\n        implementingJurisdiction\n        announcedOn\n        authority { id name }\n        affected { jurisdiction how }\n      }\n    }\n  }\n":Ri,"\n  query Designations($asOf: AsOf, $filter: DesignationFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    designations(asOf: $asOf, filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        party { id name jurisdiction }\n        list\n        status\n        effectiveOn\n        delistedOn\n      }\n    }\n  }\n":Di,"\n  query Transactions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    transactions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        title\n        status\n        announcedOn\n        target { id name jurisdiction }\n        acquirers { id name jurisdiction }\n      }\n    }\n  }\n":Fi,"\n  query Dialogues($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    dialogues(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        name\n        level\n        establishedOn\n        parties { id name jurisdiction }\n        meetings { id }\n      }\n    }\n  }\n":Ni,"\n  query EnforcementActions($asOf: AsOf, $first: Int, $after: String, $last: Int, $before: String) {\n    enforcementActions(asOf: $asOf, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes {\n        recordId\n        actionKind\n        openedOn\n        summary\n        closed\n        authority { id name jurisdiction }\n      }\n    }\n  }\n":Pi,"\n  query Search($asOf: AsOf, $text: String!, $id: ID!) {\n    byText: measures(asOf: $asOf, filter: { text: $text }, first: 25) {\n      totalCount\n      basis { position validAt }\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byItem: measures(asOf: $asOf, filter: { item: $text }, first: 25) {\n      totalCount\n      nodes { recordId title status announcedOn implementingJurisdiction }\n    }\n    byList: designations(asOf: $asOf, filter: { list: $text }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    byParty: designations(asOf: $asOf, filter: { partyId: $id }, first: 25) {\n      totalCount\n      nodes { recordId list status party { id name } }\n    }\n    measure(recordId: $id, asOf: $asOf) { recordId title status }\n    designation(recordId: $id, asOf: $asOf) { recordId list status party { name } }\n    transaction(recordId: $id, asOf: $asOf) { recordId title status }\n    dialogue(recordId: $id, asOf: $asOf) { recordId name }\n    enforcementAction(recordId: $id, asOf: $asOf) { recordId summary }\n    source(recordId: $id, asOf: $asOf) { recordId title publisher }\n    transactions(asOf: $asOf, first: 100) {\n      nodes { recordId title status target { id name } acquirers { id name } }\n    }\n    dialogues(asOf: $asOf, first: 100) {\n      nodes { recordId name parties { id name } }\n    }\n    enforcementActions(asOf: $asOf, first: 100) {\n      nodes { recordId summary targets { id name } }\n    }\n  }\n":Ti,"\n  query MeasureRecord($id: ID!, $asOf: AsOf) {\n    record: measure(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      summary\n      status\n      measureType\n      implementingJurisdiction\n      countryNeutral\n      announcedOn\n      authority { id name jurisdiction }\n      affected { jurisdiction how }\n      items { scheme code description }\n      instrument { title citation legalBasis }\n      provisions { id title effectiveOn endsOn status suspension { id from until } }\n      dates { kind date precision note }\n      sources { ...SourceFields }\n      amendments {\n        id\n        effectiveOn\n        summary\n        instrument { title citation }\n        endProvisions\n        addProvisions { id title effectiveOn }\n      }\n      suspensions { id provisionIds from until reason end { endedOn how reason } }\n      revocation { effectiveOn reason }\n      expiry { expiredOn reason }\n    }\n  }\n":Li,"\n  query DesignationRecord($id: ID!, $asOf: AsOf) {\n    record: designation(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      party { id name jurisdiction }\n      list\n      listAuthority { id name jurisdiction }\n      status\n      licenceRequirement\n      reviewPolicy\n      footnotes\n      savingsClauseUntil\n      effectiveOn\n      delistedOn\n      measureId\n      instrument { title citation legalBasis }\n      sources { ...SourceFields }\n    }\n  }\n":ji,"\n  query TransactionRecord($id: ID!, $asOf: AsOf) {\n    record: transaction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      status\n      announcedOn\n      outsideDate\n      acquirers { id name jurisdiction }\n      target { id name jurisdiction }\n      value { amount currency }\n      sources { ...SourceFields }\n      reviews {\n        id\n        regime\n        trigger\n        openedOn\n        outcome\n        concludedOn\n        conditions\n        summary\n        authority { id name jurisdiction }\n      }\n      termination { terminatedOn reason }\n      completion { completedOn }\n    }\n  }\n":qi,"\n  query DialogueRecord($id: ID!, $asOf: AsOf) {\n    record: dialogue(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      name\n      level\n      cadence\n      purpose\n      establishedOn\n      parties { id name jurisdiction }\n      sources { ...SourceFields }\n      meetings {\n        id\n        title\n        heldOn\n        place\n        level\n        outcomes\n        participants { name role jurisdiction }\n        sources { ...SourceFields }\n      }\n    }\n  }\n":Mi,"\n  query EnforcementRecord($id: ID!, $asOf: AsOf) {\n    record: enforcementAction(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      actionKind\n      openedOn\n      summary\n      closed\n      legalBasis\n      authority { id name jurisdiction }\n      targets { id name jurisdiction }\n      sources { ...SourceFields }\n      findings { id issuedOn outcome final summary }\n    }\n  }\n":Ui,"\n  query SourceRecord($id: ID!, $asOf: AsOf) {\n    record: source(recordId: $id, asOf: $asOf) {\n      ...RecordFields\n      title\n      publisher\n      citation\n      url\n      official\n      language\n      sha256\n      publishedOn\n    }\n  }\n":Vi,"\n  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {\n    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {\n      nodes { validFrom validUntil event { type } }\n    }\n  }\n":Bi,"\n  query SummaryAt($id: ID!, $asOf: AsOf) {\n    measure(recordId: $id, asOf: $asOf) { status }\n    designation(recordId: $id, asOf: $asOf) { status }\n    transaction(recordId: $id, asOf: $asOf) { status }\n    enforcementAction(recordId: $id, asOf: $asOf) { closed }\n  }\n":Hi,"\n  query EventProof($kind: RecordKind!, $id: ID!, $position: Int!, $treeSize: Int) {\n    auditTrail(record: { kind: $kind, id: $id }, asOf: { position: $position }) {\n      entries {\n        event {\n          position\n          hash\n          inclusionProof(treeSize: $treeSize) { leafIndex treeSize leafHash rootHash path }\n        }\n      }\n    }\n    treeHead(size: $treeSize) { size rootHash }\n  }\n":zi,"\n  query Timeline($subject: TimelineSubject!, $order: TimelineOrder, $asOf: AsOf, $first: Int, $after: String) {\n    timeline(subject: $subject, order: $order, asOf: $asOf, first: $first, after: $after) {\n      totalCount\n      basis { position validAt }\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        record { kind id }\n        validFrom\n        validUntil\n        correctedAt\n        retractedAt\n        event { position type recordedAt actor command data }\n      }\n    }\n  }\n":Gi,"\n  query Diff($from: AsOf!, $to: AsOf!) {\n    diff(from: $from, to: $to) {\n      fromBasis { position validAt }\n      toBasis { position validAt }\n      changes {\n        record { ...SummaryFields }\n        what\n        statusBefore\n        statusAfter\n      }\n    }\n  }\n":Ji,"\n  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {\n    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {\n      basis { position validAt }\n      root { kind id }\n      truncated\n      nodes { depth record { ...SummaryFields } }\n      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Qi,"\n  query Escalation($a: String!, $b: String!, $from: Date, $to: Date, $asOf: AsOf) {\n    escalationChain(between: $a, and: $b, from: $from, to: $to, asOf: $asOf) {\n      basis { position validAt }\n      steps {\n        by\n        against\n        measure { ...SummaryFields }\n        answers { id relation assertedBy fromRef { kind id } toRef { kind id } }\n      }\n      links { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }\n    }\n  }\n":Ki,"\n  subscription LiveEvents($after: Int) {\n    ledgerEvents(after: $after) {\n      position\n      type\n      recordedAt\n      actor\n      subject { kind id }\n    }\n  }\n":Wi};function C(e){return Yi[e]??{}}C(`
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
`);const Xi=C(`
  query LedgerHead {
    ledger { head signingKey { keyId } }
  }
`),sr=C(`
  query TreeHead($size: Int) {
    treeHead(size: $size) { size rootHash }
  }
`),Zi=C(`
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
`),es=C(`
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
`),ts=C(`
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
`),ns=C(`
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
`),rs=C(`
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
`),is=C(`
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
`),ss=C(`
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
`),as=C(`
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
`),os=C(`
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
`),ds=C(`
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
`),cs=C(`
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
`),ls=C(`
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
`),us=C(`
  query StatusAt($kind: RecordKind!, $id: ID!, $asOf: AsOf) {
    timeline(subject: { record: { kind: $kind, id: $id } }, order: VALID, asOf: $asOf, first: 100) {
      nodes { validFrom validUntil event { type } }
    }
  }
`),fs=C(`
  query SummaryAt($id: ID!, $asOf: AsOf) {
    measure(recordId: $id, asOf: $asOf) { status }
    designation(recordId: $id, asOf: $asOf) { status }
    transaction(recordId: $id, asOf: $asOf) { status }
    enforcementAction(recordId: $id, asOf: $asOf) { closed }
  }
`),hs=C(`
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
`),ps=C(`
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
`),ms=C(`
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
`),vs=C(`
  query RetaliationGraph($record: RecordRefInput!, $depth: Int, $asOf: AsOf) {
    retaliationGraph(record: $record, depth: $depth, asOf: $asOf) {
      basis { position validAt }
      root { kind id }
      truncated
      nodes { depth record { ...SummaryFields } }
      edges { id relation assertedBy evidence fromRef { kind id } toRef { kind id } }
    }
  }
`),gs=C(`
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
`),ys=C(`
  subscription LiveEvents($after: Int) {
    ledgerEvents(after: $after) {
      position
      type
      recordedAt
      actor
      subject { kind id }
    }
  }
`),Kt=qt({basis:null,setBasis:()=>{}});function X(e){const{setBasis:t}=Te(Kt),r=e?`${e.position}/${e.validAt}`:"";W(()=>{t(e??null),e&&Oi(e)},[r])}function _s(){return new Date().toISOString().slice(0,10)}function $s({route:e}){const t=e.params.get("valid")??"",r=e.params.get("pos")??"",n=e.params.get("known")??"",s=r?"position":n?"time":"all",[a,o]=z(s);return W(()=>o(s),[s]),i("form",{class:"time-controls","aria-label":"Time controls",onSubmit:d=>{d.preventDefault();const l=new FormData(d.currentTarget),c=String(l.get("mode")),u=String(l.get("known")??"");H({valid:String(l.get("valid")??""),pos:c==="position"?String(l.get("pos")??""):void 0,known:c==="time"&&u?new Date(u+"Z").toISOString():void 0,after:void 0,before:void 0,root:void 0})},children:[i("label",{children:["Valid on ",i("input",{type:"date",name:"valid",defaultValue:t,"aria-describedby":"valid-help"},`v-${t}`)]}),i("span",{id:"valid-help",class:"help",children:t?"":`today (${_s()})`}),i("label",{children:["Knowledge"," ",i("select",{name:"mode",value:a,onChange:d=>o(d.currentTarget.value),children:[i("option",{value:"all",children:"everything recorded"}),i("option",{value:"position",children:"as of ledger position"}),i("option",{value:"time",children:"as recorded by time (UTC)"})]})]}),a==="position"&&i("label",{children:["Position ",i("input",{type:"number",name:"pos",min:0,defaultValue:r,required:!0},`p-${r}`)]}),a==="time"&&i("label",{children:["Recorded by"," ",i("input",{type:"datetime-local",name:"known",step:1,defaultValue:n?n.slice(0,19):"",required:!0},`k-${n}`)]}),i("button",{type:"submit",children:"Apply"}),(t||r||n)&&i("button",{type:"button",onClick:()=>H({valid:void 0,pos:void 0,known:void 0,after:void 0,before:void 0,root:void 0}),children:"Reset to today, everything"})]})}function bs(){const{basis:e}=Te(Kt),[t,r]=z(null),[n,s]=z("");return i("div",{class:"cite",children:[i("button",{type:"button",disabled:!e,onClick:async()=>{if(e){s("");try{const{treeHead:a}=await ke(sr,{size:e.position}),o=ut(),d=F(o.path,{...Object.fromEntries(o.params),valid:e.validAt,pos:String(e.position),known:void 0,basis:void 0,root:a.rootHash}),l=location.origin+location.pathname+d;let c=!1;try{await navigator.clipboard.writeText(l),c=!0}catch{c=!1}r({url:l,copied:c})}catch(a){s(a.message)}}},children:"Cite this view"}),t&&i("div",{class:"cited",role:"status",children:i("label",{children:[t.copied?"Copied: ":"Copy this link: ",i("input",{class:"cite-url",readOnly:!0,value:t.url,size:60,onFocus:a=>a.currentTarget.select()})]})}),n&&i("p",{class:"error",role:"alert",children:["Could not cite: ",n]})]})}function Os({route:e}){const t=e.params.get("root"),r=e.params.get("pos"),[n,s]=z("checking"),[a,o]=z("");return W(()=>{!t||!r||(s("checking"),ke(sr,{size:Number(r)}).then(({treeHead:d})=>{o(d.rootHash),s(d.rootHash.toLowerCase()===t.toLowerCase()?"match":"differs")}).catch(()=>s("error")))},[t,r]),!t||!r?null:i("p",{class:`cited-root ${n}`,role:"status",children:["Cited view: the ledger's first ",r," events had Merkle root ",i("code",{class:"hash",children:[t.slice(0,16),"…"]})," ",n==="checking"&&"(checking…)",n==="match"&&i("strong",{children:["✓ this server's tree head at ",r," is the same"]}),n==="differs"&&i("strong",{children:["✗ this server's tree head at ",r," differs: ",i("code",{class:"hash",children:[a.slice(0,16),"…"]})]}),n==="error"&&i("strong",{children:["the server could not give a tree head at ",r]})]})}function ks({route:e,head:t}){const r=Jt(e);if(!r||e.params.has("pos")||e.params.has("known"))return null;const n=new URLSearchParams(e.params);return n.delete("basis"),i("p",{class:"notice linked-basis",role:"status",children:["This link shows the answer at ledger position ",i("strong",{children:r.position}),", valid date ",i("strong",{children:r.validAt}),", as when the link was made",t!==null&&t>r.position?`; the ledger has recorded up to position ${t} since`:"","."," ",i("a",{href:"#/"+e.path.map(encodeURIComponent).join("/")+(n.toString()?"?"+n.toString():""),children:"Show the latest"})]})}function ee({basis:e,label:t="Answer"}){return e?i("p",{class:"basis",children:[t," as of valid date ",i("strong",{children:e.validAt}),", ledger position ",i("strong",{children:e.position})]}):null}function G({value:e}){return e?i("span",{class:`status status-${e.toLowerCase()}`,children:e.replace(/_/g," ").toLowerCase()}):null}function Le({sources:e}){return e.length?i("ul",{class:"sources",children:e.map((t,r)=>i("li",{children:[t.url?i("a",{href:t.url,rel:"noopener noreferrer",target:"_blank",children:t.title}):t.title,t.citation&&i(w,{children:[" · ",i("cite",{children:t.citation})]})," · ",t.publisher,t.publishedOn&&i(w,{children:[" · ",t.publishedOn]}),t.official?" · official":" · unofficial",t.sourceId&&i(w,{children:[" · ",i("a",{href:F(["record","SOURCE",t.sourceId]),children:["source record ",t.sourceId]})]})]},r))}):i("p",{class:"muted",children:"No sources."})}function L({error:e}){if(!e)return null;const t=e,r=t.graphQLErrors?.length?t.graphQLErrors.map(n=>`${n.message}${n.extensions?.code?` (${n.extensions.code})`:""}`):[t.networkError?`the server could not be reached: ${t.networkError.message}`:e.message];return i("div",{class:"error",role:"alert",children:r.map((n,s)=>i("p",{children:n},s))})}function j(){return i("p",{class:"loading",role:"status",children:"Loading…"})}function je({info:e,total:t,shown:r,route:n}){const s=!n.params.get("after")&&!n.params.get("before");return i("nav",{class:"pager","aria-label":"Pages",children:[i("span",{children:[r," shown of ",t]}),i("button",{type:"button",disabled:s,onClick:()=>H({after:void 0,before:void 0}),children:"First page"}),i("button",{type:"button",disabled:s||!e.hasPreviousPage||!e.startCursor,onClick:()=>H({before:e.startCursor??void 0,after:void 0}),children:"Previous page"}),i("button",{type:"button",disabled:!e.hasNextPage||!e.endCursor,onClick:()=>H({after:e.endCursor??void 0,before:void 0}),children:"Next page"})]})}function qe(e,t=25){const r=e.params.get("after"),n=e.params.get("before");return n?{last:t,before:n,asOf:re(e)}:{first:t,after:r??void 0,asOf:re(e)}}function N({title:e,children:t,id:r}){return i("section",{"aria-labelledby":r??bn(e),children:[i("h2",{id:r??bn(e),children:e}),t]})}function bn(e){return"h-"+e.toLowerCase().replace(/[^a-z0-9]+/g,"-")}function T({kind:e,id:t,children:r}){return i("a",{href:F(["record",e,t]),children:r??t})}const Ss=["NOT_YET_ANNOUNCED","ANNOUNCED","IN_FORCE","PARTLY_SUSPENDED","SUSPENDED","REVOKED","EXPIRED"],ws=["EXPORT_CONTROL","EXPORT_BAN","ENTITY_LISTING","END_USE_CONTROL","FOREIGN_DIRECT_PRODUCT_RULE","IMPORT_BAN","PROCUREMENT_RESTRICTION","INVESTMENT_RESTRICTION"],Is=["NOT_YET_DESIGNATED","DESIGNATED","DELISTED"],at=e=>e.replace(/_/g," ").toLowerCase();function ar({route:e,children:t,label:r}){return i("form",{class:"filters","aria-label":r,onSubmit:n=>{n.preventDefault();const s=new FormData(n.currentTarget),a={after:void 0,before:void 0},o={};for(const[d,l]of s.entries())d.endsWith("[]")?(o[d.slice(0,-2)]??=[]).push(String(l)):a[d]=String(l).trim()||void 0;for(const d of n.currentTarget.querySelectorAll("fieldset[data-multi]")){const l=d.dataset.multi;a[l]=o[l]?.join(",")||void 0}H(a)},children:[t,i("button",{type:"submit",children:"Filter"})]},e.params.toString())}function oe({route:e,name:t,label:r,placeholder:n}){return i("label",{children:[r," ",i("input",{name:t,defaultValue:e.params.get(t)??"",placeholder:n})]})}function or({route:e,name:t,legend:r,values:n}){const s=new Set((e.params.get(t)??"").split(",").filter(Boolean));return i("fieldset",{"data-multi":t,children:[i("legend",{children:r}),n.map(a=>i("label",{class:"check",children:[i("input",{type:"checkbox",name:`${t}[]`,value:a,defaultChecked:s.has(a)})," ",at(a)]},a))]})}function dr(e,t){const r=e.params.get(t);return r?r.split(",").filter(Boolean):void 0}function As({route:e}){const t=o=>e.params.get(o)||void 0,r={jurisdiction:t("jurisdiction"),implementingJurisdiction:t("implementing"),affectedJurisdiction:t("affected"),authorityId:t("authority"),measureType:t("type"),item:t("item"),text:t("text"),status:dr(e,"status")},[n,s]=Y(Zi,{...qe(e),filter:r});ie(e,()=>s({requestPolicy:"network-only"}));const a=n.data?.measures;return X(a?.basis),i(w,{children:[i("h1",{children:"Measures"}),i(ar,{route:e,label:"Filter measures",children:[i(oe,{route:e,name:"text",label:"Text",placeholder:"title, summary, instrument"}),i(oe,{route:e,name:"item",label:"Item",placeholder:"gallium, 3A090"}),i(oe,{route:e,name:"jurisdiction",label:"Jurisdiction",placeholder:"CN"}),i(oe,{route:e,name:"implementing",label:"Implementing",placeholder:"US"}),i(oe,{route:e,name:"affected",label:"Affected",placeholder:"CN"}),i(oe,{route:e,name:"authority",label:"Authority ID",placeholder:"US-BIS"}),i("label",{children:["Type"," ",i("select",{name:"type",defaultValue:e.params.get("type")??"",children:[i("option",{value:"",children:"any"}),ws.map(o=>i("option",{value:o,children:at(o)},o))]})]}),i(or,{route:e,name:"status",legend:"Status at the valid date",values:Ss})]}),i(L,{error:n.error}),n.fetching&&!a&&i(j,{}),a&&i(w,{children:[i(ee,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Measures"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Measure"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Type"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Affects"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(T,{kind:"MEASURE",id:o.recordId,children:o.title}),i("div",{class:"muted",children:o.recordId})]}),i("td",{children:i(G,{value:o.status})}),i("td",{children:at(o.measureType)}),i("td",{children:[o.implementingJurisdiction," · ",o.authority.name]}),i("td",{children:o.affected.map(d=>d.jurisdiction).join(", ")}),i("td",{children:o.announcedOn})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No measure matches at this point."}),i(je,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function Cs({route:e}){const t=o=>e.params.get(o)||void 0,r={partyId:t("party"),list:t("list"),status:dr(e,"status")},[n,s]=Y(es,{...qe(e),filter:r});ie(e,()=>s({requestPolicy:"network-only"}));const a=n.data?.designations;return X(a?.basis),i(w,{children:[i("h1",{children:"Designations"}),i(ar,{route:e,label:"Filter designations",children:[i(oe,{route:e,name:"list",label:"List",placeholder:"Entity List"}),i(oe,{route:e,name:"party",label:"Party ID"}),i(or,{route:e,name:"status",legend:"Status at the valid date",values:Is})]}),i(L,{error:n.error}),n.fetching&&!a&&i(j,{}),a&&i(w,{children:[i(ee,{basis:a.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Designations"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Party"}),i("th",{scope:"col",children:"List"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"From"}),i("th",{scope:"col",children:"Delisted"})]})}),i("tbody",{children:a.nodes.map(o=>i("tr",{children:[i("td",{children:[i(T,{kind:"DESIGNATION",id:o.recordId,children:o.party.name}),i("div",{class:"muted",children:[o.recordId,o.party.jurisdiction&&` · ${o.party.jurisdiction}`]})]}),i("td",{children:o.list}),i("td",{children:i(G,{value:o.status})}),i("td",{children:o.effectiveOn}),i("td",{children:o.delistedOn??""})]},o.recordId))})]}),a.nodes.length===0&&i("p",{children:"No designation matches at this point."}),i(je,{info:a.pageInfo,total:a.totalCount,shown:a.nodes.length,route:e})]})]})}function xs({route:e}){const[t,r]=Y(ts,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.transactions;return X(n?.basis),i(w,{children:[i("h1",{children:"Transactions"}),i(L,{error:t.error}),t.fetching&&!n&&i(j,{}),n&&i(w,{children:[i(ee,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Transactions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Transaction"}),i("th",{scope:"col",children:"Status"}),i("th",{scope:"col",children:"Acquirers"}),i("th",{scope:"col",children:"Target"}),i("th",{scope:"col",children:"Announced"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:i(T,{kind:"TRANSACTION",id:s.recordId,children:s.title})}),i("td",{children:i(G,{value:s.status})}),i("td",{children:s.acquirers.map(a=>a.name).join(", ")}),i("td",{children:s.target.name}),i("td",{children:s.announcedOn})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function Es({route:e}){const[t,r]=Y(ns,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.dialogues;return X(n?.basis),i(w,{children:[i("h1",{children:"Dialogues"}),i(L,{error:t.error}),t.fetching&&!n&&i(j,{}),n&&i(w,{children:[i(ee,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Dialogues"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Dialogue"}),i("th",{scope:"col",children:"Parties"}),i("th",{scope:"col",children:"Level"}),i("th",{scope:"col",children:"Established"}),i("th",{scope:"col",children:"Meetings"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:i(T,{kind:"DIALOGUE",id:s.recordId,children:s.name})}),i("td",{children:s.parties.map(a=>a.name).join(", ")}),i("td",{children:s.level}),i("td",{children:s.establishedOn}),i("td",{children:s.meetings.length})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function Rs({route:e}){const[t,r]=Y(rs,qe(e));ie(e,()=>r({requestPolicy:"network-only"}));const n=t.data?.enforcementActions;return X(n?.basis),i(w,{children:[i("h1",{children:"Enforcement actions"}),i(L,{error:t.error}),t.fetching&&!n&&i(j,{}),n&&i(w,{children:[i(ee,{basis:n.basis}),i("table",{children:[i("caption",{class:"sr-only",children:"Enforcement actions"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Action"}),i("th",{scope:"col",children:"Kind"}),i("th",{scope:"col",children:"Authority"}),i("th",{scope:"col",children:"Opened"}),i("th",{scope:"col",children:"Closed"})]})}),i("tbody",{children:n.nodes.map(s=>i("tr",{children:[i("td",{children:[i(T,{kind:"ENFORCEMENT",id:s.recordId,children:s.recordId}),i("div",{class:"muted",children:s.summary})]}),i("td",{children:at(s.actionKind)}),i("td",{children:s.authority.name}),i("td",{children:s.openedOn}),i("td",{children:s.closed?"yes":"no"})]},s.recordId))})]}),i(je,{info:n.pageInfo,total:n.totalCount,shown:n.nodes.length,route:e})]})]})}function On(e,t){const r=e.params.get(`${t}Valid`)||void 0,n=e.params.get(`${t}Pos`);return{validAt:r,position:n&&/^\d+$/.test(n)?Number(n):void 0}}function Ds({route:e}){const t=On(e,"from"),r=On(e,"to"),n=e.params.has("fromValid")||e.params.has("fromPos")||e.params.has("toValid")||e.params.has("toPos"),[s]=Y(ms,{from:t,to:r},!n),a=s.data?.diff;X(a?.toBasis);const o=(d,l,c)=>i("label",{children:[l," ",i("input",{name:d,type:c,min:c==="number"?0:void 0,defaultValue:e.params.get(d)??""})]});return i(w,{children:[i("h1",{children:"What changed between two points"}),i("form",{class:"filters","aria-label":"Points to compare",onSubmit:d=>{d.preventDefault();const l=new FormData(d.currentTarget),c=u=>String(l.get(u)??"").trim()||void 0;H({fromValid:c("fromValid"),fromPos:c("fromPos"),toValid:c("toValid"),toPos:c("toPos")})},children:[i("fieldset",{children:[i("legend",{children:"From"}),o("fromValid","Valid on","date"),o("fromPos","Ledger position (empty: everything)","number")]}),i("fieldset",{children:[i("legend",{children:"To"}),o("toValid","Valid on","date"),o("toPos","Ledger position (empty: everything)","number")]}),i("button",{type:"submit",children:"Compare"})]},e.params.toString()),!n&&i("p",{children:"Choose two points: a valid date, a ledger position, or both for each side (empty: today, everything)."}),i(L,{error:s.error}),n&&s.fetching&&!a&&i(j,{}),a&&i(w,{children:[i("p",{class:"basis",children:["From valid date ",i("strong",{children:a.fromBasis.validAt})," at position ",i("strong",{children:a.fromBasis.position})," to valid date"," ",i("strong",{children:a.toBasis.validAt})," at position ",i("strong",{children:a.toBasis.position}),": ",a.changes.length," record",a.changes.length===1?"":"s"," changed."]}),i("table",{children:[i("caption",{class:"sr-only",children:"Changes"}),i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Record"}),i("th",{scope:"col",children:"What changed"}),i("th",{scope:"col",children:"Before"}),i("th",{scope:"col",children:"After"})]})}),i("tbody",{children:a.changes.map(d=>i("tr",{children:[i("td",{children:[i("span",{class:"kind",children:d.record.ref.kind.toLowerCase()})," ",i(T,{kind:d.record.ref.kind,id:d.record.ref.id,children:d.record.label||d.record.ref.id})]}),i("td",{children:d.what.map(l=>l.replace(/_/g," ")).join(", ")}),i("td",{children:i(G,{value:d.statusBefore})}),i("td",{children:i(G,{value:d.statusAfter})})]},`${d.record.ref.kind}/${d.record.ref.id}`))})]})]})]})}const Rt=e=>e.replace(/_/g," ").toLowerCase(),Fs={US:"#1f4e99",CN:"#b3261e",JP:"#6b4fa0",NL:"#c25e00",GB:"#2e7d32"};function cr({nodes:e,edges:t,label:r}){const n=zt(null),s=JSON.stringify([e.map(a=>a.key),t.map(a=>a.id)]);return W(()=>{let a=null,o=!1;return fr(async()=>{const{default:d}=await import("./cytoscape.esm-BUoJuSId.js");return{default:d}},[]).then(({default:d})=>{if(o||!n.current)return;const l=d({container:n.current,elements:[...e.map(c=>({data:{id:c.key,label:`${c.id}${c.date?`
${c.date}`:""}`,kind:c.kind,rid:c.id,color:Fs[c.jurisdiction]??"#455a64"},classes:c.root?"root":""})),...t.map(c=>({data:{id:`e-${c.id}`,source:c.from,target:c.to,label:Rt(c.relation)}}))],style:[{selector:"node",style:{"background-color":"data(color)",label:"data(label)",color:"#111","font-size":11,"text-wrap":"wrap","text-valign":"bottom","text-margin-y":4,width:26,height:26}},{selector:"node.root",style:{"border-width":4,"border-color":"#111",width:34,height:34}},{selector:"edge",style:{width:2,"line-color":"#888","target-arrow-color":"#888","target-arrow-shape":"triangle","curve-style":"bezier",label:"data(label)","font-size":9,color:"#333","text-rotation":"autorotate","text-background-color":"#fff","text-background-opacity":1}}],layout:{name:"breadthfirst",directed:!0,spacingFactor:1.3,padding:20}});l.on("tap","node",c=>rr(F(["record",c.target.data("kind"),c.target.data("rid")]))),l.on("mouseover","node",()=>n.current&&(n.current.style.cursor="pointer")),l.on("mouseout","node",()=>n.current&&(n.current.style.cursor="")),a=l,Object.assign(n.current,{cy:l})}),()=>{o=!0,a?.destroy()}},[s]),i("div",{class:"graph",ref:n,role:"img","aria-label":r,"data-nodes":e.length,"data-edges":t.length})}function Ns({edges:e,nodes:t}){const r=new Map(t.map(n=>[n.key,n]));return i("ul",{class:"edges",children:e.map(n=>{const s=r.get(n.from),a=r.get(n.to);return i("li",{children:[i(T,{kind:s?.kind??"",id:s?.id??n.from})," ",Rt(n.relation)," ",i(T,{kind:a?.kind??"",id:a?.id??n.to})," ",i("span",{class:"muted",children:["(asserted by ",Rt(n.assertedBy),")"]})]},n.id)})})}function Ps({route:e}){const t=e.params.get("root")??"MEASURE:US-2022-ACS",[r,...n]=t.split(":"),s=n.join(":"),a=Math.min(10,Math.max(0,Number(e.params.get("depth")??2)||0)),[o,d]=Y(vs,{record:{kind:r,id:s},depth:a,asOf:re(e)},!s);ie(e,()=>d({requestPolicy:"network-only"}));const l=o.data?.retaliationGraph;X(l?.basis);const c=l?.nodes.map(h=>({key:`${h.record.ref.kind}:${h.record.ref.id}`,kind:h.record.ref.kind,id:h.record.ref.id,label:h.record.label,status:h.record.status,jurisdiction:h.record.jurisdiction,date:h.record.date,root:h.depth===0}))??[],u=l?.edges.map(h=>({id:h.id,from:`${h.fromRef.kind}:${h.fromRef.id}`,to:`${h.toRef.kind}:${h.toRef.id}`,relation:h.relation,assertedBy:h.assertedBy}))??[];return i(w,{children:[i("h1",{children:"Retaliation graph"}),i("form",{class:"filters","aria-label":"Graph root",onSubmit:h=>{h.preventDefault();const m=new FormData(h.currentTarget);H({root:`${m.get("kind")}:${String(m.get("id")??"").trim()}`,depth:String(m.get("depth"))})},children:[i("label",{children:["Kind"," ",i("select",{name:"kind",defaultValue:r,children:["MEASURE","DESIGNATION","TRANSACTION","ENFORCEMENT","DIALOGUE"].map(h=>i("option",{value:h,children:h.toLowerCase()},h))})]}),i("label",{children:["Record ID ",i("input",{name:"id",defaultValue:s,required:!0})]}),i("label",{children:["Depth ",i("input",{name:"depth",type:"number",min:0,max:10,defaultValue:String(a)})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i("p",{children:i("a",{href:F(["escalation"],{a:"US",b:"CN"}),children:"Escalation chain between two jurisdictions"})}),i(L,{error:o.error}),o.fetching&&!l&&i(j,{}),l&&i(w,{children:[i(ee,{basis:l.basis}),i("p",{children:[c.length," records and ",u.length," links within ",a," links of ",i(T,{kind:r,id:s}),l.truncated&&" (cut at the size limit)",". Drag to pan, scroll to zoom, click a record to open it."]}),i(cr,{nodes:c,edges:u,label:`Retaliation graph around ${s}: ${c.length} records, ${u.length} links`}),i("h2",{children:"Records"}),i("ul",{children:c.map(h=>i("li",{children:[i(T,{kind:h.kind,id:h.id,children:h.label||h.id})," ",i("span",{class:"muted",children:[h.id," · ",h.jurisdiction," ",h.date]})," ",i(G,{value:h.status})]},h.key))}),i("h2",{children:"Links"}),i(Ns,{edges:u,nodes:c})]})]})}function Ts({route:e}){const t=(e.params.get("a")??"US").toUpperCase(),r=(e.params.get("b")??"CN").toUpperCase(),n=e.params.get("from")||void 0,s=e.params.get("to")||void 0,[a,o]=Y(gs,{a:t,b:r,from:n,to:s,asOf:re(e)});ie(e,()=>o({requestPolicy:"network-only"}));const d=a.data?.escalationChain;X(d?.basis);const l=d?.steps.map(h=>({key:`${h.measure.ref.kind}:${h.measure.ref.id}`,kind:h.measure.ref.kind,id:h.measure.ref.id,label:h.measure.label,status:h.measure.status,jurisdiction:h.by,date:h.measure.date}))??[],c=new Set(l.map(h=>h.key)),u=d?.links.map(h=>({id:h.id,from:`${h.fromRef.kind}:${h.fromRef.id}`,to:`${h.toRef.kind}:${h.toRef.id}`,relation:h.relation,assertedBy:h.assertedBy})).filter(h=>c.has(h.from)&&c.has(h.to))??[];return i(w,{children:[i("h1",{children:["Escalation chain: ",t," and ",r]}),i("form",{class:"filters","aria-label":"Jurisdictions and dates",onSubmit:h=>{h.preventDefault();const m=new FormData(h.currentTarget),f=y=>String(m.get(y)??"").trim()||void 0;H({a:f("a"),b:f("b"),from:f("from"),to:f("to")})},children:[i("label",{children:["Between ",i("input",{name:"a",defaultValue:t,size:3,maxLength:2})]}),i("label",{children:["and ",i("input",{name:"b",defaultValue:r,size:3,maxLength:2})]}),i("label",{children:["Announced from ",i("input",{name:"from",type:"date",defaultValue:n??""})]}),i("label",{children:["to ",i("input",{name:"to",type:"date",defaultValue:s??""})]}),i("button",{type:"submit",children:"Draw"})]},e.params.toString()),i(L,{error:a.error}),a.fetching&&!d&&i(j,{}),d&&i(w,{children:[i(ee,{basis:d.basis}),i("p",{children:[l.length," measures, ",u.length," links between them."]}),i(cr,{nodes:l,edges:u,label:`Escalation chain between ${t} and ${r}: ${l.length} measures, ${u.length} links`}),i("ol",{children:d.steps.map(h=>i("li",{children:[i("strong",{children:h.measure.date})," ",h.by," against ",h.against,":"," ",i(T,{kind:h.measure.ref.kind,id:h.measure.ref.id,children:h.measure.label})," ",i(G,{value:h.measure.status}),h.answers.length>0&&i("span",{class:"muted",children:[" · answers ",h.answers.map(m=>m.toRef.id).join(", ")]})]},h.measure.ref.id))})]})]})}function Ls(){const{events:e,head:t,connected:r}=Te(Qt);return i(w,{children:[i("h1",{children:"Live"}),i("p",{children:[r?"Connected: ":"Connecting… ","new events appear here as the ledger records them, without reloading. Ledger head:"," ",i("strong",{class:"head",children:t??"…"}),"."]}),e.length===0?i("p",{class:"muted",children:"No event recorded since this page was opened."}):i("ol",{class:"live-events",reversed:!0,"aria-live":"polite",children:[...e].reverse().map(n=>i("li",{children:[i("span",{class:"muted",children:n.position})," ",i("strong",{children:n.type})," ",i(T,{kind:n.subject.kind,id:n.subject.id})," ",i("span",{class:"muted",children:["recorded ",n.recordedAt.slice(0,19).replace("T"," ")," by ",n.actor]})]},n.position))})]})}function Dt(e){if(e.length%2!==0||/[^0-9a-fA-F]/.test(e))throw new Error(`not hexadecimal: ${e.slice(0,16)}…`);const t=new Uint8Array(e.length/2);for(let r=0;r<t.length;r++)t[r]=parseInt(e.slice(2*r,2*r+2),16);return t}function lr(e){return Array.from(e,t=>t.toString(16).padStart(2,"0")).join("")}async function Ft(...e){const t=e.reduce((s,a)=>s+a.length,0),r=new Uint8Array(t);let n=0;for(const s of e)r.set(s,n),n+=s.length;return new Uint8Array(await crypto.subtle.digest("SHA-256",r))}async function js(e){return lr(await Ft(Uint8Array.of(0),Dt(e)))}async function qs(e,t,r,n){if(e<0||e>=t)throw new Error(`leaf index ${e} is outside a tree of ${t}`);let s=e,a=t-1,o=Dt(r);for(const d of n){const l=Dt(d);if(a===0)throw new Error("the audit path is longer than the tree is deep");if(s%2===1||s===a){if(o=await Ft(Uint8Array.of(1),l,o),s%2===0)for(;s%2===0&&s!==0;)s=Math.floor(s/2),a=Math.floor(a/2)}else o=await Ft(Uint8Array.of(1),o,l);s=Math.floor(s/2),a=Math.floor(a/2)}if(a!==0)throw new Error("the audit path is shorter than the tree is deep");return lr(o)}async function Ms(e,t,r){const n=await js(e),s=n===t.leafHash.toLowerCase();try{const a=await qs(t.leafIndex,t.treeSize,n,t.path),o=a===r.toLowerCase();return{ok:s&&o,leafMatches:s,computedRoot:a,rootMatches:o}}catch(a){return{ok:!1,leafMatches:s,computedRoot:"",rootMatches:!1,problem:a.message}}}const B=e=>e.replace(/_/g," ").toLowerCase();function Us({route:e}){const[,t="",r=""]=e.path;switch(t){case"MEASURE":return i(Vs,{route:e,id:r});case"DESIGNATION":return i(Bs,{route:e,id:r});case"TRANSACTION":return i(Hs,{route:e,id:r});case"DIALOGUE":return i(zs,{route:e,id:r});case"ENFORCEMENT":return i(Gs,{route:e,id:r});case"SOURCE":return i(Js,{route:e,id:r});default:return i(w,{children:[i("h1",{children:"Unknown kind of record"}),i("p",{class:"error",role:"alert",children:["“",t,"” is not a kind of record: use MEASURE, DESIGNATION, TRANSACTION, DIALOGUE, ENFORCEMENT or SOURCE."]})]})}}function we({kind:e,id:t,basisText:r}){return i(w,{children:[i("h1",{children:[B(e)," ",t]}),i("p",{role:"alert",class:"notice",children:["The ledger did not know a ",B(e)," “",t,"” ",r,"."]})]})}function Ie(e){const t=re(e);return t?.position!==void 0?`at ledger position ${t.position}`:t?.knownAt?`by ${t.knownAt}`:"as of now"}function Ae({route:e,kind:t,record:r,title:n,status:s,dates:a=[],children:o}){return X(r.basis),i("article",{children:[i("p",{class:"kind",children:[B(t)," · ",r.recordId]}),i("h1",{children:n}),i("p",{children:[i(G,{value:s})," ",r.retraction&&i("span",{class:"status status-retracted",children:"retracted"})]}),i(ee,{basis:r.basis,label:"Shown"}),i("p",{class:"muted",children:["Version ",r.version,", known since ledger position ",r.knownSince," ·"," ",i("a",{href:F(["timeline"],{subject:`record:${t}:${r.recordId}`}),children:"timeline"})," ·"," ",i("a",{href:F(["graph"],{root:`${t}:${r.recordId}`}),children:"retaliation graph"})]}),r.retraction&&i("p",{class:"notice",role:"note",children:["Retracted as entered in error: ",r.retraction.reason]}),o,t!=="SOURCE"&&t!=="DIALOGUE"&&i(Qs,{route:e,kind:t,id:r.recordId,dates:a}),i(Ks,{record:r}),i(Ws,{record:r}),i(Ys,{route:e,kind:t,record:r})]})}function Ce({rows:e}){return i("dl",{class:"facts",children:e.filter(([,t])=>t!=null&&t!=="").map(([t,r])=>i("div",{children:[i("dt",{children:t}),i("dd",{children:r})]},t))})}function xe(e,t,r){const[n,s]=Y(e,{id:r,asOf:re(t)});return ie(t,()=>s({requestPolicy:"network-only"})),n}function Vs({route:e,id:t}){const r=xe(ss,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"MEASURE",record:n,title:n.title,status:n.status,dates:[n.announcedOn,...n.provisions.flatMap(s=>[s.effectiveOn,s.endsOn]),...n.dates.map(s=>s.date),...n.amendments.flatMap(s=>[s.effectiveOn,...s.addProvisions.map(a=>a.effectiveOn)]),...n.suspensions.flatMap(s=>[s.from,s.until,s.end?.endedOn]),n.revocation?.effectiveOn,n.expiry?.expiredOn],children:[n.summary&&i("p",{class:"summary",children:n.summary}),i(Ce,{rows:[["Type",B(n.measureType)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Implementing jurisdiction",n.implementingJurisdiction],["Affected",n.countryNeutral?"country-neutral text":n.affected.map(s=>`${s.jurisdiction} (${B(s.how)})`).join(", ")],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`],["Legal basis",n.instrument.legalBasis.join("; ")],["Announced",n.announcedOn]]}),i(N,{title:"Provisions",children:i("table",{children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Provision"}),i("th",{scope:"col",children:"Effective"}),i("th",{scope:"col",children:"Ends"}),i("th",{scope:"col",children:["Status at ",n.basis.validAt]})]})}),i("tbody",{children:n.provisions.map(s=>i("tr",{children:[i("td",{children:[s.title," ",i("span",{class:"muted",children:["(",s.id,")"]})]}),i("td",{children:s.effectiveOn??"not set"}),i("td",{children:s.endsOn??""}),i("td",{children:[i(G,{value:s.status}),s.suspension&&i("span",{class:"muted",children:[" ","suspended ",s.suspension.from,s.suspension.until?` until ${s.suspension.until}`:""]})]})]},s.id))})]})}),i(N,{title:"Dates",children:i("ul",{children:n.dates.map((s,a)=>i("li",{children:[B(s.kind),": ",s.date,s.precision&&s.precision!=="day"&&` (${s.precision})`,s.note&&i("span",{class:"muted",children:[" · ",s.note]})]},a))})}),n.items.length>0&&i(N,{title:"Items",children:i("ul",{children:n.items.map((s,a)=>i("li",{children:[s.scheme," ",s.code," ",s.description]},a))})}),i(N,{title:"Amendments",children:n.amendments.length===0?i("p",{class:"muted",children:"None recorded."}):i("ul",{children:n.amendments.map(s=>i("li",{children:[i("strong",{children:s.effectiveOn})," ",s.summary," ",i("span",{class:"muted",children:["(",s.instrument.title,")"]}),s.addProvisions.length>0&&i(w,{children:[" · adds ",s.addProvisions.map(a=>`${a.title} from ${a.effectiveOn??"a date not set"}`).join(", ")]}),s.endProvisions.length>0&&i(w,{children:[" · ends ",s.endProvisions.join(", ")]})]},s.id))})}),(n.suspensions.length>0||n.revocation||n.expiry)&&i(N,{title:"Suspensions and end",children:i("ul",{children:[n.suspensions.map(s=>i("li",{children:["Suspended ",s.provisionIds.length?s.provisionIds.join(", "):"whole measure"," from ",s.from,s.until?` until ${s.until}`:"",s.reason&&`: ${s.reason}`,s.end&&` · ended ${s.end.endedOn} (${B(s.end.how)})`]},s.id)),n.revocation&&i("li",{children:["Revoked from ",n.revocation.effectiveOn,n.revocation.reason&&`: ${n.revocation.reason}`]}),n.expiry&&i("li",{children:["Expired ",n.expiry.expiredOn,n.expiry.reason&&`: ${n.expiry.reason}`]})]})}),i(N,{title:"Sources",children:i(Le,{sources:n.sources})})]}):i(we,{kind:"MEASURE",id:t,basisText:Ie(e)}):i(j,{})}function Bs({route:e,id:t}){const r=xe(as,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"DESIGNATION",record:n,title:`${n.party.name} on ${n.list}`,status:n.status,dates:[n.effectiveOn,n.delistedOn,n.savingsClauseUntil],children:[i(Ce,{rows:[["Party",i("a",{href:F(["timeline"],{subject:`party:${n.party.id}`}),children:`${n.party.name} (${n.party.id})`})],["Party jurisdiction",n.party.jurisdiction],["List",`${n.list}, kept by ${n.listAuthority.name}`],["On the list from",n.effectiveOn],["Delisted",n.delistedOn],["Licence requirement",n.licenceRequirement],["Review policy",n.reviewPolicy],["Footnotes",n.footnotes.join("; ")],["Savings clause until",n.savingsClauseUntil],["Measure",n.measureId?i(T,{kind:"MEASURE",id:n.measureId}):null],["Instrument",`${n.instrument.title}${n.instrument.citation?` · ${n.instrument.citation}`:""}`]]}),i(N,{title:"Sources",children:i(Le,{sources:n.sources})})]}):i(we,{kind:"DESIGNATION",id:t,basisText:Ie(e)}):i(j,{})}function Hs({route:e,id:t}){const r=xe(os,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"TRANSACTION",record:n,title:n.title,status:n.status,dates:[n.announcedOn,n.outsideDate,n.termination?.terminatedOn,n.completion?.completedOn,...n.reviews.flatMap(s=>[s.openedOn,s.concludedOn])],children:[i(Ce,{rows:[["Acquirers",n.acquirers.map(s=>s.name).join(", ")],["Target",n.target.name],["Value",n.value?`${n.value.amount.toLocaleString("en")} ${n.value.currency}`:null],["Announced",n.announcedOn],["Outside date",n.outsideDate],["Terminated",n.termination?`${n.termination.terminatedOn}: ${n.termination.reason}`:null],["Completed",n.completion?.completedOn]]}),i(N,{title:"Reviews",children:n.reviews.length===0?i("p",{class:"muted",children:["No review by ",n.basis.validAt,"."]}):i("ul",{children:n.reviews.map(s=>i("li",{children:[i("strong",{children:s.authority.name})," under ",s.regime,s.openedOn&&`, opened ${s.openedOn}`,s.trigger&&` (${B(s.trigger)})`,": ",s.outcome?i(G,{value:s.outcome}):"open",s.concludedOn&&` on ${s.concludedOn}`,s.summary&&i("div",{class:"muted",children:s.summary}),s.conditions.length>0&&i("div",{children:["Conditions: ",s.conditions.join("; ")]})]},s.id))})}),i(N,{title:"Sources",children:i(Le,{sources:n.sources})})]}):i(we,{kind:"TRANSACTION",id:t,basisText:Ie(e)}):i(j,{})}function zs({route:e,id:t}){const r=xe(ds,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"DIALOGUE",record:n,title:n.name,children:[i(Ce,{rows:[["Parties",n.parties.map(s=>s.name).join(", ")],["Level",n.level],["Cadence",n.cadence],["Purpose",n.purpose],["Established",n.establishedOn]]}),i(N,{title:"Meetings",children:n.meetings.length===0?i("p",{class:"muted",children:["No meeting by ",n.basis.validAt,"."]}):i("ol",{children:n.meetings.map(s=>i("li",{children:[i("strong",{children:s.heldOn})," ",s.title,", ",s.place,s.level&&` (${s.level})`,i("div",{class:"muted",children:s.participants.map(a=>`${a.name}${a.role?`, ${a.role}`:""}`).join("; ")}),s.outcomes.length>0&&i("ul",{children:s.outcomes.map((a,o)=>i("li",{children:a},o))})]},s.id))})}),i(N,{title:"Sources",children:i(Le,{sources:n.sources})})]}):i(we,{kind:"DIALOGUE",id:t,basisText:Ie(e)}):i(j,{})}function Gs({route:e,id:t}){const r=xe(cs,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"ENFORCEMENT",record:n,title:n.summary,status:n.closed?"CLOSED":"OPEN",dates:[n.openedOn,...n.findings.map(s=>s.issuedOn)],children:[i(Ce,{rows:[["Kind",B(n.actionKind)],["Authority",`${n.authority.name} (${n.authority.jurisdiction})`],["Targets",n.targets.map(s=>s.name).join(", ")],["Legal basis",n.legalBasis.join("; ")],["Opened",n.openedOn]]}),i(N,{title:"Findings",children:n.findings.length===0?i("p",{class:"muted",children:["No finding by ",n.basis.validAt,"."]}):i("ul",{children:n.findings.map(s=>i("li",{children:[i("strong",{children:s.issuedOn})," ",i(G,{value:s.outcome})," ",s.final&&"(final)"," ",s.summary]},s.id))})}),i(N,{title:"Sources",children:i(Le,{sources:n.sources})})]}):i(we,{kind:"ENFORCEMENT",id:t,basisText:Ie(e)}):i(j,{})}function Js({route:e,id:t}){const r=xe(ls,e,t),n=r.data?.record;return r.error?i(L,{error:r.error}):r.data?n?i(Ae,{route:e,kind:"SOURCE",record:n,title:n.title,children:i(Ce,{rows:[["Publisher",n.publisher],["Citation",n.citation],["Address",n.url?i("a",{href:n.url,rel:"noopener noreferrer",target:"_blank",children:n.url}):null],["Official",n.official?"yes":"no"],["Language",n.language],["Published",n.publishedOn],["SHA-256 of the captured text",n.sha256?i("code",{class:"hash",children:n.sha256}):null]]})}):i(we,{kind:"SOURCE",id:t,basisText:Ie(e)}):i(j,{})}function Qs({route:e,kind:t,id:r,dates:n}){const s=re(e),a=s?{position:s.position,knownAt:s.knownAt}:{},[o,d]=z(null),[l,c]=z(null),u=[...new Set(n.filter(m=>!!m))].sort(),h=`${t}/${r}/${a.position??""}/${a.knownAt??""}/${u.join(",")}`;return W(()=>{let m=!1;return d(null),(async()=>{const f=await ke(us,{kind:t,id:r,asOf:a}),y=new Set(u);for(const p of f.timeline.nodes)p.validFrom&&y.add(p.validFrom),p.validUntil&&y.add(p.validUntil);const O=[...y].sort().slice(-40),$=await Promise.all(O.map(async p=>{const _=await ke(fs,{id:r,asOf:{...a,validAt:p}}),g=t==="MEASURE"?_.measure?.status:t==="DESIGNATION"?_.designation?.status:t==="TRANSACTION"?_.transaction?.status:_.enforcementAction?_.enforcementAction.closed?"CLOSED":"OPEN":void 0;return{date:p,status:g??""}})),k=$.filter((p,_)=>_===0||p.status!==$[_-1].status);m||d(k)})().catch(f=>!m&&c(f)),()=>{m=!0}},[h]),i(N,{title:"Status over time",children:[i(L,{error:l}),!o&&!l&&i(j,{}),o&&i("ol",{class:"status-over-time",children:o.map(m=>i("li",{children:["from ",i("a",{href:F(["record",t,r],{valid:m.date}),children:m.date}),": ",i(G,{value:m.status||"NONE"})]},m.date))})]})}function Ks({record:e}){const t=r=>typeof r=="string"?r:JSON.stringify(r);return i(N,{title:"Corrections and source conflicts",children:[e.corrections.length===0&&e.sourceConflicts.length===0&&i("p",{class:"muted",children:"None known at this point."}),e.corrections.length>0&&i("ul",{children:e.corrections.map(r=>i("li",{children:[i("strong",{children:r.field}),": ",i("del",{children:t(r.oldValue)})," → ",i("ins",{children:t(r.newValue)}),". ",r.reason,r.evidence&&i("span",{class:"muted",children:[" Evidence: ",r.evidence]})]},r.id))}),e.sourceConflicts.length>0&&i("ul",{children:e.sourceConflicts.map(r=>i("li",{children:["Sources disagree on ",i("strong",{children:r.field}),":",i("ul",{children:r.claims.map((n,s)=>i("li",{children:[n.source.title,": “",n.value,"” ",s===r.followed&&i("strong",{children:"(followed)"})]},s))}),r.note&&i("span",{class:"muted",children:r.note})]},r.id))})]})}function Ws({record:e}){return!e.outgoingLinks.length&&!e.incomingLinks.length?null:i(N,{title:"Links",children:i("ul",{children:[e.outgoingLinks.map(t=>i("li",{children:[B(t.relation)," ",i(T,{kind:t.toRef.kind,id:t.toRef.id})," ",i("span",{class:"muted",children:["asserted by ",B(t.assertedBy),": ",t.evidence]})]},t.id)),e.incomingLinks.map(t=>i("li",{children:[i(T,{kind:t.fromRef.kind,id:t.fromRef.id})," ",B(t.relation)," this"," ",i("span",{class:"muted",children:["asserted by ",B(t.assertedBy),": ",t.evidence]})]},t.id))]})})}function Ys({route:e,kind:t,record:r}){const[n,s]=z({}),[a,o]=z(!1),d=r.basis,l=e.params.get("root"),c=async()=>{o(!0);try{const f=await ke(hs,{kind:t,id:r.recordId,position:d.position,treeSize:d.position}),y=l&&Number(e.params.get("pos"))===d.position?l:f.treeHead.rootHash,O={};for(const $ of r.history){const k=f.auditTrail.entries.find(p=>p.event.position===$.position);k?k.event.hash!==$.hash?O[$.position]={error:"the proof is for another hash than the history shows"}:O[$.position]=await Ms($.hash,k.event.inclusionProof,y):O[$.position]={error:"the server gave no proof for this event"}}s(O)}catch(f){s({[-1]:{error:f.message}})}finally{o(!1)}},u=f=>f?"error"in f?`✗ ${f.error}`:f.ok?`✓ included: root ${f.computedRoot.slice(0,12)}…`:f.leafMatches?`✗ the path leads to ${f.computedRoot.slice(0,12)||"nothing"}…, not the trusted root${f.problem?` (${f.problem})`:""}`:"✗ the leaf hash does not match the event hash":"",h=Object.values(n),m=h.filter(f=>!("error"in f)&&f.ok).length;return i(N,{title:"History, event by event",children:[i("p",{children:[i("button",{type:"button",onClick:c,disabled:a,children:a?"Checking…":`Check inclusion proofs in the ledger of ${d.position} events`})," ",h.length>0&&i("span",{role:"status",class:m===r.history.length?"ok":"bad",children:[m," of ",r.history.length," events proven included (SHA-256 in this browser, RFC 6962)",l?" against the cited root":" against the tree head"]})]}),n[-1]&&i("p",{class:"error",children:u(n[-1])}),i("table",{class:"history",children:[i("thead",{children:i("tr",{children:[i("th",{scope:"col",children:"Position"}),i("th",{scope:"col",children:"Event"}),i("th",{scope:"col",children:"Recorded"}),i("th",{scope:"col",children:"By"}),i("th",{scope:"col",children:"Inclusion"})]})}),i("tbody",{children:r.history.map(f=>i("tr",{children:[i("td",{children:f.position}),i("td",{children:i("details",{children:[i("summary",{children:[f.type," ",i("span",{class:"muted",children:["(",f.command,")"]})]}),i("p",{class:"muted",children:["Event ",f.eventId," · hash ",i("code",{class:"hash",children:f.hash})]}),i("pre",{children:Xs(f.data)})]})}),i("td",{children:f.recordedAt.replace("T"," ").replace(/\.\d+/,"")}),i("td",{children:f.actor}),i("td",{class:"verdict",children:u(n[f.position])})]},f.position))})]})]})}function Xs(e){try{return JSON.stringify(JSON.parse(e),null,2)}catch{return e}}function Zs({route:e}){const t=(e.params.get("q")??"").trim(),[r]=Y(is,{asOf:re(e),text:t,id:t||"-"},!t),n=r.data;X(n?.byText.basis);const s=[],a=new Set,o=c=>{const u=`${c.kind}/${c.id}`;a.has(u)||(a.add(u),s.push(c))},d=t.toLowerCase(),l=(...c)=>c.some(u=>u&&u.toLowerCase().includes(d));if(n){n.measure&&o({kind:"MEASURE",id:n.measure.recordId,label:n.measure.title,status:n.measure.status,why:"record ID"}),n.designation&&o({kind:"DESIGNATION",id:n.designation.recordId,label:`${n.designation.party.name} on ${n.designation.list}`,status:n.designation.status,why:"record ID"}),n.transaction&&o({kind:"TRANSACTION",id:n.transaction.recordId,label:n.transaction.title,status:n.transaction.status,why:"record ID"}),n.dialogue&&o({kind:"DIALOGUE",id:n.dialogue.recordId,label:n.dialogue.name,why:"record ID"}),n.enforcementAction&&o({kind:"ENFORCEMENT",id:n.enforcementAction.recordId,label:n.enforcementAction.summary,why:"record ID"}),n.source&&o({kind:"SOURCE",id:n.source.recordId,label:`${n.source.title} (${n.source.publisher})`,why:"record ID"});for(const c of n.byText.nodes)o({kind:"MEASURE",id:c.recordId,label:c.title,status:c.status,why:"title, summary or instrument"});for(const c of n.byItem.nodes)o({kind:"MEASURE",id:c.recordId,label:c.title,status:c.status,why:"item covered"});for(const c of[...n.byParty.nodes,...n.byList.nodes])o({kind:"DESIGNATION",id:c.recordId,label:`${c.party.name} on ${c.list}`,status:c.status,why:n.byParty.nodes.includes(c)?"party ID":"list name"});for(const c of n.transactions.nodes)l(c.recordId,c.title,c.target.name,c.target.id,...c.acquirers.flatMap(u=>[u.name,u.id]))&&o({kind:"TRANSACTION",id:c.recordId,label:c.title,status:c.status,why:"title or parties"});for(const c of n.dialogues.nodes)l(c.recordId,c.name,...c.parties.flatMap(u=>[u.name,u.id]))&&o({kind:"DIALOGUE",id:c.recordId,label:c.name,why:"name or parties"});for(const c of n.enforcementActions.nodes)l(c.recordId,c.summary,...c.targets.flatMap(u=>[u.name,u.id]))&&o({kind:"ENFORCEMENT",id:c.recordId,label:c.summary,why:"summary or targets"})}return i(w,{children:[i("h1",{children:"Search the ledger"}),i("form",{role:"search",class:"search",onSubmit:c=>{c.preventDefault();const u=String(new FormData(c.currentTarget).get("q")??"").trim();H({q:u||void 0})},children:[i("label",{for:"q",children:"Search records and parties"}),i("input",{id:"q",name:"q",type:"search",defaultValue:t,placeholder:"gallium, Micron, US-2022-ACS, Entity List"},t),i("button",{type:"submit",children:"Search"})]}),!t&&i("p",{children:["Look up measures, designations, transactions, dialogues and enforcement actions, or start from the lists:"," ",i("a",{href:F(["measures"]),children:"measures"}),", ",i("a",{href:F(["designations"]),children:"designations"}),","," ",i("a",{href:F(["transactions"]),children:"transactions"}),", ",i("a",{href:F(["dialogues"]),children:"dialogues"}),". Every page answers at the valid date and knowledge point above."]}),i(L,{error:r.error}),t&&r.fetching&&!n&&i(j,{}),t&&n&&i(w,{children:[i(ee,{basis:n.byText.basis}),i("h2",{children:[s.length," result",s.length===1?"":"s"," for “",t,"”"]}),i("ul",{class:"results",children:s.map(c=>i("li",{children:[i("span",{class:"kind",children:c.kind.toLowerCase()})," ",i(T,{kind:c.kind,id:c.id,children:c.label})," ",i(G,{value:c.status})," ",i("span",{class:"muted",children:["matched by ",c.why," · ",c.id]})]},`${c.kind}/${c.id}`))})]})]})}function ea(e){const[t,r="",...n]=e.split(":");return t==="record"&&n.length?{record:{kind:r,id:n.join(":")}}:t==="party"&&r?{partyId:[r,...n].join(":")}:t==="jurisdiction"&&r?{jurisdiction:r.toUpperCase()}:null}function ta({route:e}){const t=e.params.get("subject")??"jurisdiction:CN",r=ea(t),n=e.params.get("order")==="VALID"?"VALID":"RECORDED",s=e.params.get("after")??void 0,[a,o]=Y(ps,{subject:r??{},order:n,asOf:re(e),first:25,after:s},!r);ie(e,()=>o({requestPolicy:"network-only"}));const d=a.data?.timeline;return X(d?.basis),i(w,{children:[i("h1",{children:"Timeline"}),i("form",{class:"filters","aria-label":"Timeline subject",onSubmit:l=>{l.preventDefault();const c=new FormData(l.currentTarget),u=String(c.get("what")),h=String(c.get("value")??"").trim();H({subject:h?`${u}:${h}`:void 0,order:String(c.get("order")),after:void 0})},children:[i("label",{children:["Subject"," ",i("select",{name:"what",defaultValue:t.split(":")[0],children:[i("option",{value:"jurisdiction",children:"jurisdiction (two letters)"}),i("option",{value:"party",children:"party ID"}),i("option",{value:"record",children:"record (KIND:ID)"})]})]}),i("label",{children:["Which ",i("input",{name:"value",defaultValue:t.split(":").slice(1).join(":"),placeholder:"CN, micron, MEASURE:US-2022-ACS"})]}),i("label",{children:["Order"," ",i("select",{name:"order",defaultValue:n,children:[i("option",{value:"RECORDED",children:"as recorded"}),i("option",{value:"VALID",children:"by valid date"})]})]}),i("button",{type:"submit",children:"Show"})]},e.params.toString()),!r&&i("p",{class:"error",role:"alert",children:["The subject “",t,"” is not of the form jurisdiction:CC, party:ID or record:KIND:ID."]}),i(L,{error:a.error}),a.fetching&&!d&&i(j,{}),d&&i(w,{children:[i(ee,{basis:d.basis}),i("p",{children:[d.totalCount," events."]}),i("ol",{class:"timeline",children:d.nodes.map(l=>i("li",{class:l.retractedAt?"retracted":"",children:[i("span",{class:"when",children:l.validFrom??"—"}),l.validUntil&&i("span",{class:"muted",children:[" to ",l.validUntil]})," ",i("strong",{children:l.event.type.replace(/\.v\d+$/,"").replace(/_/g," ")})," ",i(T,{kind:l.record.kind,id:l.record.id})," ",i("span",{class:"muted",children:["position ",l.event.position,", recorded ",l.event.recordedAt.slice(0,19).replace("T"," ")," by ",l.event.actor,l.correctedAt.length>0&&`, corrected at ${l.correctedAt.join(", ")}`,l.retractedAt&&`, retracted at ${l.retractedAt}`]})]},l.event.position))}),i("nav",{class:"pager","aria-label":"Pages",children:[s&&i("button",{type:"button",onClick:()=>H({after:void 0}),children:"First page"}),i("button",{type:"button",disabled:!d.pageInfo.hasNextPage,onClick:()=>H({after:d.pageInfo.endCursor??void 0}),children:"Next page"})]})]}),i("p",{class:"muted",children:["Other subjects: ",i("a",{href:F(["timeline"],{subject:"jurisdiction:US"}),children:"US"}),","," ",i("a",{href:F(["timeline"],{subject:"jurisdiction:CN"}),children:"CN"}),","," ",i("a",{href:F(["timeline"],{subject:"record:MEASURE:US-2022-ACS",order:"VALID"}),children:"US-2022-ACS by valid date"}),"."]})]})}const na=[["","Search"],["measures","Measures"],["designations","Designations"],["transactions","Transactions"],["dialogues","Dialogues"],["enforcement","Enforcement"],["timeline","Timeline"],["diff","Diff"],["graph","Graph"],["live","Live"]];function ra({route:e}){switch(e.path[0]??""){case"":case"search":return i(Zs,{route:e});case"measures":return i(As,{route:e});case"designations":return i(Cs,{route:e});case"transactions":return i(xs,{route:e});case"dialogues":return i(Es,{route:e});case"enforcement":return i(Rs,{route:e});case"record":return i(Us,{route:e});case"timeline":return i(ta,{route:e});case"diff":return i(Ds,{route:e});case"graph":return i(Ps,{route:e});case"escalation":return i(Ts,{route:e});case"live":return i(Ls,{});default:return i(w,{children:[i("h1",{children:"Not found"}),i("p",{role:"alert",children:["There is no page “",e.path.join("/"),"”. ",i("a",{href:F([]),children:"Search the ledger"}),"."]})]})}}function ia(){const[e,t]=z({head:null,events:[],connected:!1});return W(()=>{let r=()=>{},n=!1;const s=Et.on("connected",()=>t(o=>({...o,connected:!0}))),a=Et.on("closed",()=>t(o=>({...o,connected:!1})));return ke(Xi,{}).then(({ledger:o})=>{if(n)return;t(l=>({...l,head:Math.max(l.head??0,o.head)}));const d=Gt.subscription(ys.toString(),{after:o.head}).subscribe(l=>{const c=l.data?.ledgerEvents;c&&t(u=>u.events.some(h=>h.position===c.position)?u:{...u,head:Math.max(u.head??0,c.position),events:[...u.events.slice(-199),c]})});r=()=>d.unsubscribe()}).catch(()=>{}),()=>{n=!0,r(),s(),a()}},[]),e}function sa(){const e=bi(),[t,r]=z(null),n=ia(),s=e.path[0]??"";return W(()=>{const a=document.querySelector("main h1");document.title=`${a?.textContent??"Ledger Explorer"} · Ledger Explorer`}),i(Qt.Provider,{value:n,children:i(Kt.Provider,{value:{basis:t,setBasis:r},children:[i("a",{class:"skip",href:"#main",onClick:a=>(a.preventDefault(),document.getElementById("main")?.focus()),children:"Skip to content"}),i("header",{children:[i("div",{class:"brand",children:[i("a",{href:F([]),children:"Ledger Explorer"}),i("span",{class:"muted",children:[" ","· head ",i("span",{class:"live-head",children:n.head??"…"}),n.connected?" · live":""," · ",i("a",{href:"/graphiql",children:"GraphiQL"})]})]}),i("nav",{"aria-label":"Sections",children:i("ul",{children:na.map(([a,o])=>i("li",{children:i("a",{href:F(a?[a]:[]),"aria-current":s===a||a===""&&s==="search"?"page":void 0,children:o})},a))})}),i("div",{class:"controls",children:[i($s,{route:e}),i(bs,{})]}),i(Os,{route:e}),i(ks,{route:e,head:n.head})]}),i("main",{id:"main",tabIndex:-1,children:i(ra,{route:e})})]})})}addEventListener("unhandledrejection",e=>{e.reason?.name==="AbortError"&&e.preventDefault()});const kn=document.getElementById("app");kn&&$r(i(fi,{value:Gt,children:i(sa,{})}),kn);
