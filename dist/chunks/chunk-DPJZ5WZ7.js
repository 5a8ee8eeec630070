import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  ENGINE_FINDINGS,
  defineRule,
  descriptor,
  engineDocsUrl
} from "./chunk-QPHDIIUY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-6DQTS6ZR.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants) {
        this.code = optimizeExpr(this.code, names2, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        if (!(super.optimizeNames(names2, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants) {
        if (!super.optimizeNames(names2, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants) {
        var _a, _b;
        super.optimizeNames(names2, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve2.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve2(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path5) {
      let input = path5;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path5) {
      if (path5 === "" || path5[0] === "/") {
        return removeDotSegments(path5);
      }
      const segments = path5.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path5 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path5 && path5 !== "/" ? path5 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve2(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base2, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base2 = parse(serialize(base2, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base2.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base2.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base2.userinfo !== void 0 || base2.host !== void 0 || base2.port !== void 0;
              if (baseHasAuthority && !base2.path) {
                target.path = "/" + relative.path;
              } else if (!base2.path) {
                target.path = relative.path;
              } else {
                target.path = base2.path.slice(0, base2.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base2.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base2.userinfo;
          target.host = base2.host;
          target.port = base2.port;
        }
        target.scheme = base2.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve2,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path5) {
      const ctrl = callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visit_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path5) {
      const ctrl = await callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visitAsync_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path5);
      return void 0;
    }
    function replaceNode(key, path5, node) {
      const parent = path5[path5.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar4 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar4.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar4.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar4.PLAIN = "PLAIN";
    Scalar4.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar4.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar4;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar4.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar4.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path5, value) {
      let v = value;
      for (let i = path5.length - 1; i >= 0; --i) {
        const k = path5[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key, ...rest] = path5;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        const [key, ...rest] = path5;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key, ...rest] = path5;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar4.Scalar.BLOCK_FOLDED ? false : type === Scalar4.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar4.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar4.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar4.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar4.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar4.Scalar.BLOCK_FOLDED:
          case Scalar4.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar4.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar4.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar4.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar4.Scalar.BLOCK_FOLDED || key.type === Scalar4.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar4.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar4.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar4.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar4.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar4.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar4.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar4.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar4.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar4.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar4 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar4.Scalar.BLOCK_LITERAL);
        if (type !== Scalar4.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar4.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar4.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar4.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar4.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar4.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        if (Collection.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        if (Collection.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path5) {
        if (Collection.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        if (Collection.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar4.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar4.Scalar.BLOCK_FOLDED : Scalar4.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar4.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar4 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar4.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar4.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar4.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar4 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar4.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar4.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path5) => {
      const parent = visit2.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path5.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar4 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar4.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/load.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
var MANIFEST_GLOB = "**/*.{yaml,yml}";
var READ_CONCURRENCY = 32;
function displayPath(cwd, abs) {
  const rel = path.relative(cwd, abs);
  if (rel === "") return path.basename(abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return abs;
  return rel.split(path.sep).join("/");
}
async function load(req) {
  const files = [];
  const missing = [];
  const ignoredFiles = [];
  const seen = /* @__PURE__ */ new Set();
  const inputs = [];
  const add = (abs) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  const ignore = [...req.ignore, "**/node_modules/**"];
  const base2 = req.ignoreBase ?? req.cwd;
  const from = (dir) => {
    const rel = path.relative(base2, dir);
    return rel.startsWith("..") || path.isAbsolute(rel) ? { cwd: dir, prefix: "" } : { cwd: base2, prefix: rel === "" ? "" : `${rel.split(path.sep).join("/")}/` };
  };
  for (const p of req.paths) {
    if (p === "-") {
      files.push("-");
      continue;
    }
    const abs = path.resolve(req.cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) {
      const { globby } = await globbyModule();
      const at4 = from(abs);
      const found = await globby(`${globEscape(at4.prefix)}${MANIFEST_GLOB}`, {
        cwd: at4.cwd,
        absolute: true,
        gitignore: true,
        ignore,
        dot: false,
        followSymbolicLinks: false,
        onlyFiles: true
      });
      found.sort();
      found.forEach(add);
    } else if (st) {
      if (!await isIgnored(base2, abs, req.ignore)) add(abs);
      else ignoredFiles.push(p);
    } else if ((await globbyModule()).isDynamicPattern(p)) {
      const { globby } = await globbyModule();
      const at4 = from(req.cwd);
      const pattern = path.isAbsolute(p) ? p : `${globEscape(at4.prefix)}${p}`;
      const found = await globby(pattern, { cwd: at4.cwd, absolute: true, gitignore: true, ignore, followSymbolicLinks: false, onlyFiles: true });
      if (found.length === 0) missing.push(p);
      found.sort();
      found.forEach(add);
    } else {
      missing.push(p);
    }
  }
  const { kept, charts } = await splitChartTemplates(req.cwd, files);
  const results = new Array(kept.length);
  let next = 0;
  const worker = async () => {
    while (next < kept.length) {
      const i = next++;
      const f = kept[i];
      results[i] = f === "-" ? { path: req.stdinFilename ?? "<stdin>", ...decode(await req.readStdin()) } : await readInput(req, f);
    }
  };
  await Promise.all(Array.from({ length: Math.min(req.concurrency ?? READ_CONCURRENCY, kept.length) }, worker));
  const chartDirs = /* @__PURE__ */ new Map();
  for (const r of results) if (r.absPath && await insideChart(path.dirname(r.absPath), chartDirs)) r.inChart = true;
  inputs.push(...results);
  for (const t of req.texts ?? []) {
    const absPath = path.resolve(req.cwd, t.path);
    inputs.push({ path: displayPath(req.cwd, absPath), absPath, ...typeof t.text === "string" ? { text: t.text } : decode(Buffer.from(t.text.buffer, t.text.byteOffset, t.text.byteLength)) });
  }
  return { inputs, missing, charts, ignored: ignoredFiles };
}
function globEscape(p) {
  return p.replace(/[*?[\]{}()!]/g, "\\$&");
}
function globbyModule() {
  return import("./globby-HFCF2UFQ.js");
}
async function isIgnored(cwd, abs, ignore) {
  if (ignore.length === 0) return false;
  const { globby } = await globbyModule();
  const rel = path.relative(cwd, abs);
  if (rel.startsWith("..")) return false;
  const hit = await globby(rel.split(path.sep).join("/"), { cwd, ignore, onlyFiles: true, followSymbolicLinks: false });
  return hit.length === 0;
}
async function readInput(req, abs) {
  const shown2 = displayPath(req.cwd, abs);
  const at4 = (message) => ({ path: shown2, absPath: abs, problem: { message, line: 1, column: 1 } });
  let st;
  try {
    st = await fs.stat(abs);
  } catch (e) {
    return at4(`cannot read file: ${plainError(e)}`);
  }
  if (!st.isFile()) return at4("not a regular file (a FIFO, socket or device): refused");
  if (st.size > req.maxFileSize) return at4(`file is ${st.size} bytes, over the ${req.maxFileSize}-byte limit (maxFileSize): not read`);
  try {
    return { path: shown2, absPath: abs, ...decode(await fs.readFile(abs)) };
  } catch (e) {
    return at4(`cannot read file: ${plainError(e)}`);
  }
}
function plainError(e) {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^E[A-Z0-9]+: (.*?)(?:, [a-z]+(?: '.*')?)?$/s.exec(message);
  return m ? m[1] : message;
}
function decode(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const body = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { problem: { message: "binary content (NUL byte) in a manifest: not YAML text", ...positionOf(body, nul) } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return { problem: { message: "invalid UTF-8: the file is not a text manifest", ...positionOf(body, firstInvalidUtf8(body)) } };
  }
}
function positionOf(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8(bytes) {
  const text = new TextDecoder("utf-8").decode(bytes);
  const i = text.indexOf("�");
  return i < 0 ? 0 : Buffer.byteLength(text.slice(0, i));
}
async function splitChartTemplates(cwd, files) {
  const kept = [];
  const byChart = /* @__PURE__ */ new Map();
  const chartOf = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f === "-") {
      kept.push(f);
      continue;
    }
    const chart = await findChartDir(f, chartOf);
    if (chart) byChart.set(chart, (byChart.get(chart) ?? 0) + 1);
    else kept.push(f);
  }
  const charts = [...byChart].map(([dir, templates]) => ({ chartFile: displayPath(cwd, path.join(dir, "Chart.yaml")), templates }));
  return { kept, charts };
}
async function insideChart(dir, cache2) {
  const hit = cache2.get(dir);
  if (hit !== void 0) return hit;
  const here = await fs.stat(path.join(dir, "Chart.yaml")).then((s) => s.isFile(), () => false);
  const parent = path.dirname(dir);
  const result = here || parent !== dir && await insideChart(parent, cache2);
  cache2.set(dir, result);
  return result;
}
async function findChartDir(file, cache2) {
  const parts = path.dirname(file).split(path.sep);
  const idx = parts.lastIndexOf("templates");
  if (idx <= 0) return null;
  const dir = parts.slice(0, idx).join(path.sep) || path.sep;
  if (!cache2.has(dir)) {
    const exists = await fs.stat(path.join(dir, "Chart.yaml")).then((s) => s.isFile(), () => false);
    cache2.set(dir, exists ? dir : null);
  }
  return cache2.get(dir) ?? null;
}

// src/config.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";

// schema/drainlint.schema.json
var drainlint_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/drainlint/drainlint/blob/main/schema/drainlint.schema.json",
  title: "drainlint configuration (.drainlint.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string"
    },
    rules: {
      description: "Per rule: off, a severity (error | warning | info), or true/false.",
      type: "object",
      additionalProperties: {
        oneOf: [
          {
            enum: [
              "off",
              "error",
              "warning",
              "info"
            ]
          },
          {
            type: "boolean"
          }
        ]
      }
    },
    ignore: {
      description: "Globs (relative to the config file's folder) of files never read.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    meshConfig: {
      description: "Mesh config file(s) applied to every workload: IstioOperator, the istio ConfigMap or Helm values. Paths are relative to the config file.",
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    connectionLifetime: {
      $ref: "#/definitions/durationByWorkload"
    },
    shutdownDuration: {
      $ref: "#/definitions/durationByWorkload"
    },
    gatewayDeregistrationDelay: {
      description: "How long external load balancers keep sending to a gateway pod after it starts terminating (e.g. a cloud LB's deregistration delay). Gateways must keep serving at least this long. Default 0s.",
      $ref: "#/definitions/duration"
    },
    assumeInjected: {
      description: "Treat every workload as having an injected sidecar (namespaces live elsewhere).",
      type: "boolean"
    },
    defaultNamespace: {
      description: "Namespace of workloads without metadata.namespace.",
      type: "string",
      minLength: 1
    },
    istioVersion: {
      $ref: "#/definitions/version"
    },
    kubernetesVersion: {
      $ref: "#/definitions/version"
    },
    maxFileSize: {
      description: "Files larger than this many bytes are refused without being read (default 64 MiB).",
      type: "integer",
      minimum: 1
    }
  },
  definitions: {
    version: {
      type: "string",
      pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"
    },
    duration: {
      description: "A Go duration string such as 90s, 2m, 1m30s.",
      type: "string",
      pattern: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$"
    },
    durationByWorkload: {
      type: "object",
      additionalProperties: false,
      properties: {
        default: {
          $ref: "#/definitions/duration"
        },
        workloads: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "match",
              "value"
            ],
            properties: {
              match: {
                type: "object",
                additionalProperties: false,
                minProperties: 1,
                properties: {
                  kind: {
                    type: "string"
                  },
                  namespace: {
                    type: "string",
                    description: "A name or glob (*, ?)."
                  },
                  name: {
                    type: "string",
                    description: "A name or glob (*, ?)."
                  },
                  labels: {
                    type: "object",
                    additionalProperties: {
                      type: "string"
                    }
                  }
                }
              },
              value: {
                $ref: "#/definitions/duration"
              }
            }
          }
        }
      }
    }
  }
};

// src/config.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml-view.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_OPTIONS = {
  version: "1.1",
  merge: true,
  // The library's own check is quadratic in the size of a map; duplicateKey() does it in one pass.
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: "silent",
  strict: false,
  // Kubernetes reads YAML through JSON (sigs.k8s.io/yaml): timestamps stay strings.
  customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp")
};
var MAX_ALIAS_COUNT = 1e3;
function duplicateKey(doc) {
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key)) {
          const k = String(pair.key.value);
          if (seen.has(k)) return pair.key;
          seen.add(k);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return void 0;
}
function toValue(doc) {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
function fileView(file, doc, index, value) {
  return {
    file,
    doc,
    sourceText: file.text,
    value,
    index,
    position(offset) {
      const p = file.lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
    releaseValue() {
    }
  };
}
function chunkView(file, text, start, index, value, doc) {
  return new LazyView(file, text, index, value, doc, start);
}
var RELEASED = /* @__PURE__ */ Symbol("released");
var reparsedValues = 0;
var LazyView = class {
  /** `placement`: where a file document's text starts in the file, or how an embedded one maps onto its host. */
  constructor(file, sourceText, index, value, doc, placement) {
    this.file = file;
    this.sourceText = sourceText;
    this.index = index;
    this.placement = placement;
    this.current = value;
    if (keepEverything || typeof placement !== "number") this.ast = doc;
  }
  file;
  sourceText;
  index;
  placement;
  current;
  /** The AST, held as long as the value is (a released document's AST goes through the cache). */
  ast;
  /** An embedded document: how to map its offsets onto the host (built on first use). */
  map;
  get value() {
    if (this.current === RELEASED) {
      reparsedValues++;
      this.ast = (0, import_yaml.parseDocument)(this.sourceText, YAML_OPTIONS);
      this.current = toValue(this.ast);
    }
    return this.current;
  }
  get doc() {
    if (this.ast) return this.ast;
    const d = recent.get(this) ?? (0, import_yaml.parseDocument)(this.sourceText, YAML_OPTIONS);
    remember(this, d);
    return d;
  }
  position(offset) {
    if (typeof this.placement === "number") {
      const p = this.file.lineCounter.linePos(this.placement + offset);
      return { line: p.line, column: p.col };
    }
    this.map ??= this.placement();
    return this.map(offset);
  }
  releaseValue() {
    if (keepEverything) return;
    this.current = RELEASED;
    this.ast = void 0;
  }
};
var astTextBudget = Infinity;
var keepEverything = true;
var recent = /* @__PURE__ */ new Map();
var recentBytes = 0;
var DEFAULT_MEMORY = { keepEverythingBytes: 8 * 1024 * 1024, astTextBytes: 512 * 1024 };
function configureCaches(totalTextBytes, limits = DEFAULT_MEMORY) {
  keepEverything = totalTextBytes <= limits.keepEverythingBytes;
  reparsedValues = 0;
  embeddedParses.clear();
  astTextBudget = keepEverything ? Infinity : limits.astTextBytes;
  recent.clear();
  recentBytes = 0;
}
var MAX_ASTS = 16;
function remember(key, doc) {
  if (recent.delete(key)) recentBytes -= key.sourceText.length;
  recent.set(key, doc);
  recentBytes += key.sourceText.length;
  while ((recentBytes > astTextBudget || astTextBudget !== Infinity && recent.size > MAX_ASTS) && recent.size > 1) {
    const oldest2 = recent.keys().next().value;
    recent.delete(oldest2);
    recentBytes -= oldest2.sourceText.length;
  }
}
function walk(doc, path5) {
  let node = doc.contents;
  let pair = null;
  let depth = 0;
  for (const seg of path5) {
    if ((0, import_yaml.isMap)(node)) {
      const found = node.items.find((p) => keyString(p.key) === String(seg));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === void 0) break;
      pair = null;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { node: node ?? null, pair, depth };
}
function keyString(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return void 0;
}
function rangeOfNode(view, node) {
  if (!node || !node.range) return void 0;
  const [start, valueEnd] = node.range;
  const s = view.position(start);
  const e = view.position(Math.max(valueEnd, start));
  if (e.line > s.line && e.column === 1) {
    const hostEnd = lastContentOffset(view, start, valueEnd);
    if (hostEnd) return { line: s.line, column: s.column, endLine: hostEnd.line, endColumn: hostEnd.column };
  }
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
function lastContentOffset(view, start, end) {
  let off = end;
  const src = view.sourceText;
  while (off > start && /\s/.test(src[off - 1] ?? "")) off--;
  return off > start ? view.position(off) : void 0;
}
function locate(ref) {
  const { view, path: path5 } = ref;
  const { node, pair, depth } = walk(view.doc, path5);
  const complete = depth === path5.length;
  if (complete) {
    if (ref.target === "key" && pair) {
      const r2 = rangeOfNode(view, pair.key);
      if (r2) return r2;
    }
    const r = rangeOfNode(view, node) ?? (pair ? rangeOfNode(view, pair.key) : void 0);
    if (r) return r;
  }
  if (pair) {
    const r = rangeOfNode(view, pair.key);
    if (r) return r;
  }
  return rangeOfNode(view, view.doc.contents) ?? documentStart(view);
}
function documentStart(view) {
  const start = view.doc.range?.[0] ?? 0;
  const p = view.position(start);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}
function get(value, path5) {
  let cur = value;
  for (const seg of path5) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function parseEmbedded(host) {
  const text = get(host.view.value, host.path);
  if (typeof text !== "string") return {};
  const mapping = () => {
    const { node: scalar } = walk(host.view.doc, host.path);
    return offsetMapper(host.view, scalar);
  };
  const known = embeddedParses.get(text);
  if (known) return { view: new LazyView(host.view.file, text, host.view.index, known.value, known.doc, mapping) };
  const doc = (0, import_yaml.parseDocument)(text, YAML_OPTIONS);
  const located = (start, end, message) => {
    const map = mapping();
    const s = map(start);
    const e = map(Math.max(end, start));
    return { error: { message, range: { line: s.line, column: s.column, endLine: e.line, endColumn: Math.max(e.column, s.column + 1) } } };
  };
  const action = text.includes("{{") ? findTemplateAction(text, doc) : void 0;
  if (action !== void 0) return located(action, action + 2, `unrendered template action ${text.slice(action, text.indexOf("}}", action) + 2 || action + 2).split("\n")[0].slice(0, 60)}`);
  const dup = doc.errors.length === 0 ? duplicateKey(doc) : void 0;
  if (dup?.range) return located(dup.range[0], dup.range[1], `duplicate key ${String(dup.value)}`);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return located(err.pos[0], err.pos[1], err.message.split("\n")[0]);
  }
  let value;
  try {
    value = toValue(doc);
  } catch (e) {
    return { error: { message: e.message, range: locate(host) } };
  }
  rememberEmbedded(text, doc, value);
  return { view: new LazyView(host.view.file, text, host.view.index, value, doc, mapping) };
}
var embeddedParses = /* @__PURE__ */ new Map();
var EMBEDDED_CACHE = { entries: 256, textBytes: 4096 };
function rememberEmbedded(text, doc, value) {
  if (text.length > EMBEDDED_CACHE.textBytes) return;
  embeddedParses.set(text, { doc, value });
  if (embeddedParses.size > EMBEDDED_CACHE.entries) embeddedParses.delete(embeddedParses.keys().next().value);
}
function offsetMapper(host, node) {
  const start = node.range?.[0] ?? 0;
  const startPos = host.position(start);
  const src = host.sourceText;
  if (node.type === import_yaml.Scalar.BLOCK_LITERAL || node.type === import_yaml.Scalar.BLOCK_FOLDED) {
    const headerEnd = src.indexOf("\n", start);
    const lines = [];
    let indent = -1;
    let pos = headerEnd + 1;
    const end = node.range?.[1] ?? src.length;
    while (pos < end && pos > 0) {
      const nl = src.indexOf("\n", pos);
      const lineEnd = nl < 0 ? src.length : nl;
      const line = src.slice(pos, lineEnd).replace(/\r$/, "");
      if (indent < 0 && line.trim() !== "") {
        indent = line.length - line.trimStart().length;
      }
      lines.push({ offset: pos, indent: Math.max(indent, 0) });
      if (nl < 0) break;
      pos = nl + 1;
    }
    if (node.type === import_yaml.Scalar.BLOCK_LITERAL) {
      const map = (offset) => {
        const value = node.value;
        if (offset > 0 && offset >= value.length && value.endsWith("\n")) return map(value.length - 1);
        let lineNo = 0;
        let lineStart = 0;
        for (let i = 0; i < offset && i < value.length; i++) {
          if (value[i] === "\n") {
            lineNo++;
            lineStart = i + 1;
          }
        }
        const hostLine = lines[Math.min(lineNo, lines.length - 1)];
        if (!hostLine) return startPos;
        return host.position(hostLine.offset + hostLine.indent + (offset - lineStart));
      };
      return map;
    }
    return () => lines[0] ? host.position(lines[0].offset + lines[0].indent) : startPos;
  }
  const quoted5 = node.type === import_yaml.Scalar.QUOTE_DOUBLE || node.type === import_yaml.Scalar.QUOTE_SINGLE ? 1 : 0;
  const endPos = host.position(node.range?.[1] ?? start);
  if (endPos.line === startPos.line) {
    return (offset) => host.position(start + quoted5 + offset);
  }
  return () => startPos;
}
function findTemplateAction(text, doc) {
  const textual = [];
  try {
    (0, import_yaml.visit)(doc, {
      Scalar(_key, node) {
        if (node.type !== import_yaml.Scalar.PLAIN && (0, import_yaml.isScalar)(node) && node.range && typeof node.value === "string" && node.value.includes("{{")) {
          textual.push([node.range[0], node.range[1]]);
        }
      }
    });
  } catch {
  }
  for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 2)) {
    if (!textual.some(([s, e]) => i >= s && i < e) && !inComment(text, i)) return i;
  }
  return void 0;
}
function inComment(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /(^|\s)#/.test(text.slice(lineStart, offset));
}

// src/values.ts
var UNIT_SECONDS = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
var GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
var GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
function parseGoDuration(text) {
  if (text === "0" || text === "+0" || text === "-0") return 0;
  if (!GO_DURATION.test(text)) return void 0;
  let total = 0;
  for (const m of text.matchAll(GO_DURATION_PART)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return text.startsWith("-") ? -total : total;
}
function parseGoBool(text) {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return void 0;
}
function formatSeconds(seconds2) {
  if (seconds2 === 0) return "0s";
  if (seconds2 < 1) return `${Math.round(seconds2 * 1e3)}ms`;
  const whole = Math.round(seconds2 * 1e3) / 1e3;
  if (whole >= 60 && Number.isInteger(whole)) {
    const h = Math.floor(whole / 3600);
    const m = Math.floor(whole % 3600 / 60);
    const s = whole % 60;
    return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`;
  }
  return `${whole}s`;
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);
var SLEEP_ARG = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/;
var SLEEP_UNIT = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };
function preStopDuration(preStop) {
  if (preStop === void 0 || preStop === null || typeof preStop !== "object") return void 0;
  const hook = preStop;
  const sleep = hook["sleep"];
  if (sleep && typeof sleep === "object" && typeof sleep["seconds"] === "number") return { seconds: sleep["seconds"], via: "sleep-action" };
  if (hook["httpGet"]) return { unknown: "an httpGet preStop hook takes as long as the endpoint answers" };
  const exec = hook["exec"];
  const command = exec && Array.isArray(exec["command"]) ? exec["command"] : void 0;
  if (!command || command.length === 0 || !command.every((c) => typeof c === "string" || typeof c === "number")) {
    return { unknown: "the preStop hook has no exec command drainlint can read" };
  }
  const argv2 = command.map(String);
  const prog = basename(argv2[0]);
  if (prog === "sleep") return sleepSeconds(argv2.slice(1));
  if (SHELLS.has(prog)) {
    const c = argv2.indexOf("-c");
    if (c < 0 || c + 1 >= argv2.length) return { unknown: `${argv2[0]} without -c: unknown duration` };
    return scriptSeconds(argv2[c + 1]);
  }
  return { unknown: `\`${argv2.join(" ")}\` runs for an unknown time` };
}
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function sleepSeconds(args) {
  if (args.length === 0) return { unknown: "`sleep` without an argument" };
  let total = 0;
  for (const a of args) {
    const m = SLEEP_ARG.exec(a);
    if (!m) return { unknown: `\`sleep ${args.join(" ")}\` has an argument drainlint cannot evaluate (${a})` };
    total += Number(m[1]) * SLEEP_UNIT[m[2]];
  }
  return { seconds: total, via: "exec" };
}
var CONTROL_WORDS = /* @__PURE__ */ new Set(["while", "until", "for", "do", "done", "if", "then", "else", "elif", "fi", "case", "esac"]);
function scriptSeconds(script) {
  const commands = script.split(/\n|;|&&/).map((c) => c.trim()).filter((c) => c !== "" && !c.startsWith("#"));
  if (commands.length === 0) return { unknown: "empty shell script" };
  let total = 0;
  for (const cmd of commands) {
    const words = cmd.split(/\s+/);
    if (/\||&$|\$|`/.test(cmd) || CONTROL_WORDS.has(words[0])) {
      return { unknown: `the preStop script has a loop, condition, pipe or variable (\`${cmd}\`)` };
    }
    const prog = basename(words[0]);
    if (prog === "sleep") {
      const r = sleepSeconds(words.slice(1));
      if ("unknown" in r) return r;
      total += r.seconds;
    } else if (prog === "true" || prog === ":" || prog === "echo" || prog === "exit") {
      continue;
    } else {
      return { unknown: `the preStop script runs \`${cmd}\`, whose duration is unknown` };
    }
  }
  return { seconds: total, via: "exec" };
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc.startsWith(w) || w.startsWith(lc) ? Math.min(editDistance(w, lc), 2) : editDistance(w, lc);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return bestD <= limit ? best : void 0;
}
function snakeToCamel(key) {
  return key.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}
function compareVersions(a, b) {
  const pa = a.replace(/^v/, "").split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.replace(/^v/, "").split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// src/config.ts
var Ajv = import_ajv.default.default ?? import_ajv.default;
var CONFIG_NAMES = [".drainlint.yaml", ".drainlint.yml"];
var UsageError = class extends Error {
};
function emptyConfig(cwd) {
  return { dir: cwd, rules: {}, ignore: [], meshConfig: [], assumeInjected: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}
function findConfig(cwd) {
  let dir = path2.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const p = path2.join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = path2.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var validator;
function configValidator() {
  if (!validator) {
    validator = new Ajv({ allErrors: true, strict: false }).compile(drainlint_schema_default);
  }
  return validator;
}
function loadConfig(file, cwd, knownRules) {
  const abs = path2.resolve(cwd, file);
  const shown2 = path2.relative(cwd, abs) || abs;
  let text;
  try {
    text = readFileSync(abs, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") throw new UsageError(`the configuration file ${shown2} does not exist`);
    throw new UsageError(`cannot read the configuration file ${shown2}: ${plainError(e)}`);
  }
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { ...YAML_OPTIONS, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const p = lineCounter.linePos(e.pos[0]);
    throw new UsageError(`${shown2}:${p.line}:${p.col}: invalid config file: ${e.message.split("\n")[0]}`);
  }
  const src = { path: shown2, absPath: abs, text, lineCounter, docs: [], order: 0, counts: { documents: 1, resources: 0 } };
  let value;
  try {
    value = toValue(doc) ?? {};
  } catch (e) {
    throw new UsageError(`${shown2}: invalid config file: ${e.message}`);
  }
  const view = fileView(src, doc, 0, value);
  const at4 = (p, target) => {
    const r = locate({ view, path: p, target });
    return `${shown2}:${r.line}:${r.column}`;
  };
  const validate = configValidator();
  if (!validate(value)) {
    const problem = schemaProblem(validate.errors ?? [], value);
    throw new UsageError(`${at4(problem.path, problem.atKey ? "key" : void 0)}: invalid configuration file: ${problem.text}`);
  }
  const v = value;
  const dir = path2.dirname(abs);
  for (const id of Object.keys(v.rules ?? {})) {
    if (!knownRules.has(id)) {
      const near = closest(id, knownRules);
      throw new UsageError(`${at4(["rules", id], "key")}: unknown rule id "${id}" in the configuration file${near ? `: did you mean "${near}"?` : ""} (drainlint rules lists them)`);
    }
  }
  const rules = {};
  for (const [id, s] of Object.entries(v.rules ?? {})) rules[id] = s === true ? void 0 : s === false ? "off" : s;
  for (const id of Object.keys(rules)) if (rules[id] === void 0) delete rules[id];
  const lifetimes = (key) => {
    const section = v[key];
    if (!section) return void 0;
    const out = { workloads: [] };
    if (section.default !== void 0) out.default = { seconds: parseGoDuration(section.default), file: shown2, ref: { view, path: [key, "default"] } };
    (section.workloads ?? []).forEach((entry, index) => {
      out.workloads.push({ index, seconds: parseGoDuration(entry.value), file: shown2, ref: { view, path: [key, "workloads", index, "value"] }, matches: (w) => matches(entry.match, w) });
    });
    return out;
  };
  return {
    file: shown2,
    dir,
    rules,
    ignore: v.ignore ?? [],
    meshConfig: (Array.isArray(v.meshConfig) ? v.meshConfig : v.meshConfig ? [v.meshConfig] : []).map((p) => path2.resolve(dir, p)),
    connectionLifetime: lifetimes("connectionLifetime"),
    shutdownDuration: lifetimes("shutdownDuration"),
    assumeInjected: v.assumeInjected === true,
    defaultNamespace: v.defaultNamespace,
    istioVersion: v.istioVersion,
    kubernetesVersion: v.kubernetesVersion,
    maxFileSize: v.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    gatewayDeregistrationDelay: v.gatewayDeregistrationDelay !== void 0 ? { seconds: parseGoDuration(v.gatewayDeregistrationDelay), ref: { view, path: ["gatewayDeregistrationDelay"] } } : void 0
  };
}
function schemaProblem(errors, value) {
  const err = errors.find((e) => e.keyword !== "oneOf") ?? errors[0];
  const segs = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const where = segs.length > 0 ? segs.join(".") : "the top level";
  if (err.keyword === "additionalProperties") {
    const key = err.params.additionalProperty;
    const allowed2 = Object.keys(schemaAt(err.schemaPath.replace(/\/additionalProperties$/, "/properties")) ?? {});
    const near = closest(key, allowed2);
    return { path: [...segs, key], atKey: true, text: `unknown key "${key}" in ${where}${near ? ` (did you mean "${near}"?)` : ""}; allowed keys: ${allowed2.join(", ")}` };
  }
  const here = errors.filter((e) => e.instancePath === err.instancePath);
  const allowed = here.flatMap((e) => e.keyword === "enum" ? e.params.allowedValues.map(String) : e.keyword === "type" && e.params.type === "boolean" ? ["true", "false"] : []);
  let v = value;
  for (const s of segs) v = v?.[s];
  if (allowed.length > 0) return { path: segs, text: `${where} is ${JSON.stringify(v)}; allowed values: ${allowed.join(", ")}` };
  return { path: segs, text: `${where} ${err.message}` };
}
function schemaAt(pointer) {
  let node = drainlint_schema_default;
  for (const seg of pointer.replace(/^#\/?/, "").split("/").filter(Boolean)) node = node?.[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node && typeof node === "object" ? node : void 0;
}
function matches(m, w) {
  if (m.kind !== void 0 && m.kind !== w.kind) return false;
  if (m.namespace !== void 0 && !glob(m.namespace, w.effectiveNamespace ?? "")) return false;
  if (m.name !== void 0 && !glob(m.name, w.name ?? "")) return false;
  if (m.labels) {
    const labels = { ...w.value["metadata"]?.labels, ...w.podLabels };
    if (!Object.entries(m.labels).every(([k, val]) => labels[k] === val)) return false;
  }
  return true;
}
function glob(pattern, text) {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return re.test(text);
}

// src/describe.ts
function origin(prov) {
  if (prov.level === "default" || !prov.ref) return prov.source;
  const r = locate(prov.ref);
  return `${prov.source}, ${prov.ref.view.file.path}:${r.line}`;
}
function seconds(v, what) {
  const value = "value" in v ? v.value : v.seconds;
  const shown2 = value === void 0 ? "unknown" : formatSeconds(value);
  return `${shown2} (${what ? `${what}, ` : ""}${origin(v.prov)})`;
}
function workloadName(rw) {
  const w = rw.workload;
  return `${w.kind} ${w.namespace ? `${w.namespace}/` : ""}${w.name ?? "(unnamed)"}`;
}
function proxyNoun(rw) {
  return rw.gateway ? "gateway" : "sidecar";
}
function assumedNote(rw) {
  return rw.sidecar.status === "assumed" ? ` (an injected sidecar is assumed: ${rw.sidecar.reason})` : "";
}
function classicNote(rw, target) {
  const versionsGiven = Boolean(target.istioVersion || target.kubernetesVersion);
  return rw.mode.value === "classic" && !versionsGiven && !rw.gateway && rw.mode.prov.level !== "annotation" ? " Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this." : "";
}
function atLeast(...values) {
  return Math.ceil(Math.max(...values.map((v) => v ?? 0)));
}
function relatedValues(entries) {
  const out = [];
  for (const [label2, v] of entries) {
    if (!v || !v.prov.ref) continue;
    const raw = "value" in v ? v.value : v.seconds;
    const shown2 = typeof raw === "number" ? formatSeconds(raw) : raw === void 0 ? "unknown" : String(raw);
    out.push({ message: `${label2} ${shown2} (${v.prov.source})`, ref: v.prov.ref });
  }
  return out;
}
function joinWords(items, max = Infinity) {
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/inventory.ts
var WORKLOAD_TEMPLATE = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  Rollout: ["spec", "template"]
};
var PROXY_CONTAINER = "istio-proxy";
var PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
var OTHER_KINDS = /* @__PURE__ */ new Set(["Service", "VirtualService", "DestinationRule"]);
var InventoryBuilder = class {
  constructor(opts) {
    this.opts = opts;
    this.inventory = { workloadSources: [], defaultNamespace: opts.defaultNamespace, meshSources: [], namespaces: /* @__PURE__ */ new Map(), proxyConfigs: [], globalLifecycles: [], istiodEnv: [], istioOperators: [], others: [], servicesByNamespace: /* @__PURE__ */ new Map(), routes: [] };
  }
  opts;
  inventory;
  configMaps = [];
  count = 0;
  /** Records what a document holds; a document of workloads only lets go of its value (huge runs). */
  add(view) {
    const file = view.file;
    const fileOrder = file.fromMeshConfigFlag ? 1e6 + file.order : file.order;
    const before = this.inventory.workloadSources.length;
    let onlyWorkloads = true;
    for (const res of resourcesOf(view)) {
      this.count++;
      onlyWorkloads = classify(this.inventory, res, fileOrder + this.count / 1e7, this.opts, this.configMaps, file.meshConfigOnly === true, file.fromMeshConfigFlag === true) && onlyWorkloads;
    }
    const added = this.inventory.workloadSources.length - before;
    if (onlyWorkloads && added > 0) {
      for (let i = before; i < this.inventory.workloadSources.length; i++) this.inventory.workloadSources[i].releasable = true;
      view.releaseValue();
    }
  }
  /** Links what needs the whole run (mesh ConfigMaps named by istiod env, Gateway parameters). */
  finish() {
    const inv = this.inventory;
    const shared = new Set(inv.istiodEnv.filter((e) => e.name === "SHARED_MESH_CONFIG").map((e) => String(e.value)));
    for (const cm of this.configMaps) addConfigMapMesh(inv, cm, shared);
    linkGatewayParameters(inv);
    return inv;
  }
};
function forEachWorkload(inv, visit2) {
  let previous;
  const done = (next) => {
    if (previous?.releasable && previous.view !== next) previous.view.releaseValue();
  };
  for (const source of inv.workloadSources) {
    if ("origin" in source) {
      visit2(source);
      continue;
    }
    done(source.view);
    previous = source;
    const value = get(source.view.value, source.base);
    if (isRecord(value)) visit2(workload(resource(source.view, source.base, value), source.template, { defaultNamespace: inv.defaultNamespace }));
  }
  done();
}
function resourcesOf(view) {
  const v = view.value;
  if (!isRecord(v)) return [];
  if (v["kind"] === "List" || typeof v["kind"] === "string" && v["kind"].endsWith("List") && Array.isArray(v["items"])) {
    const items = Array.isArray(v["items"]) ? v["items"] : [];
    return items.flatMap((item, i) => isRecord(item) ? [resource(view, ["items", i], item)] : []);
  }
  return [resource(view, [], v)];
}
function resource(view, base2, value) {
  const meta = isRecord(value["metadata"]) ? value["metadata"] : {};
  return {
    view,
    base: base2,
    kind: typeof value["kind"] === "string" ? value["kind"] : "",
    apiVersion: typeof value["apiVersion"] === "string" ? value["apiVersion"] : "",
    name: typeof meta["name"] === "string" ? meta["name"] : void 0,
    namespace: typeof meta["namespace"] === "string" ? meta["namespace"] : void 0,
    value
  };
}
function classify(inv, res, order, opts, configMaps, meshOnly, flag) {
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template && !meshOnly) {
    inv.workloadSources.push({ view: res.view, base: res.base, template, releasable: false });
    if (res.kind === "Deployment" && /^istiod(-|$)/.test(res.name ?? "")) {
      collectIstiodEnv(inv, res);
      return false;
    }
    return true;
  }
  classifyOther(inv, res, order, opts, configMaps, meshOnly, flag);
  return false;
}
function classifyOther(inv, res, order, opts, configMaps, meshOnly, flag) {
  switch (res.kind) {
    case "IstioOperator":
      inv.istioOperators.push(res);
      addIstioOperator(inv, res, order, flag);
      if (!meshOnly) addOperatorGateways(inv, res);
      return;
    case "Gateway": {
      const gw = meshOnly ? void 0 : gatewayApiWorkload(res, opts);
      if (gw) inv.workloadSources.push(gw);
      else if (!meshOnly) inv.others.push(res);
      return;
    }
    case "ConfigMap":
      if (/^istio(-|$)/.test(res.name ?? "") && isRecord(res.value["data"]) && "mesh" in res.value["data"]) {
        res.order = order;
        res.flag = flag;
        configMaps.push(res);
      } else if (!meshOnly && isRecord(res.value["data"]) && ("deployment" in res.value["data"] || "values" in res.value["data"])) {
        inv.others.push(res);
      }
      return;
    case "Namespace":
      if (res.name && !meshOnly) inv.namespaces.set(res.name, res);
      return;
    case "ProxyConfig":
      if (!meshOnly) addProxyConfig(inv, res, order);
      return;
    case "":
      if (res.view.file.inChart && !flag) return;
      if (isRecord(res.value["meshConfig"]) || isRecord(get(res.value, ["global", "proxy"]))) addHelmValues(inv, res, order, flag);
      return;
    default:
      if (meshOnly || !OTHER_KINDS.has(res.kind)) return;
      inv.others.push(res);
      if (res.kind === "Service") {
        const ns = res.namespace ?? opts.defaultNamespace ?? "";
        const list = inv.servicesByNamespace.get(ns);
        if (list) list.push(res);
        else inv.servicesByNamespace.set(ns, [res]);
      } else {
        inv.routes.push(res);
      }
  }
}
function workload(res, template, opts) {
  const tpl = res.base.concat(template);
  const podMetaPath = tpl.concat("metadata");
  const podSpecPath = tpl.concat("spec");
  const root = res.view.value;
  const meta = get(root, podMetaPath);
  const spec = get(root, podSpecPath);
  const w = {
    ...res,
    origin: "pod",
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath,
    podSpecPath,
    annotationsPath: podMetaPath.concat("annotations"),
    labelsPath: podMetaPath.concat("labels"),
    annotationMetadataRendered: true,
    podLabels: isRecord(meta) && isRecord(meta["labels"]) ? meta["labels"] : {},
    podAnnotations: isRecord(meta) && isRecord(meta["annotations"]) ? meta["annotations"] : {},
    podSpec: isRecord(spec) ? spec : {},
    containers: []
  };
  for (const [field, init] of [["containers", false], ["initContainers", true]]) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isRecord(c)) w.containers.push({ name: typeof c["name"] === "string" ? c["name"] : "", init, path: podSpecPath.concat(field, i), value: c });
    });
  }
  attachProxyConfigAnnotation(w);
  return w;
}
function attachProxyConfigAnnotation(w) {
  if (typeof w.podAnnotations[PROXY_CONFIG_ANNOTATION] === "string") {
    const host = { view: w.view, path: w.annotationsPath.concat(PROXY_CONFIG_ANNOTATION) };
    w.proxyConfigAnnotation = { host, ...parseEmbedded(host) };
  }
}
function addOperatorGateways(inv, res) {
  for (const list of ["ingressGateways", "egressGateways"]) {
    const entries = get(res.value, ["spec", "components", list]);
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isRecord(entry) || entry["enabled"] === false) return;
      const base2 = res.base.concat("spec", "components", list, i);
      const k8s = isRecord(entry["k8s"]) ? entry["k8s"] : {};
      const name = typeof entry["name"] === "string" ? entry["name"] : list === "ingressGateways" ? "istio-ingressgateway" : "istio-egressgateway";
      const namespace = typeof entry["namespace"] === "string" ? entry["namespace"] : res.namespace ?? "istio-system";
      const w = {
        view: res.view,
        base: base2,
        kind: list === "ingressGateways" ? "IngressGateway" : "EgressGateway",
        apiVersion: res.apiVersion,
        name,
        namespace,
        value: entry,
        origin: "iop-gateway",
        effectiveNamespace: namespace,
        podMetaPath: base2.concat("k8s"),
        podSpecPath: base2.concat("k8s"),
        annotationsPath: base2.concat("k8s", "podAnnotations"),
        labelsPath: base2.concat("label"),
        anchor: { view: res.view, path: base2.concat("name") },
        gatewayClass: "iop",
        // Only an entry with an injectionTemplate is injected, which renders the annotation's proxyMetadata.
        annotationMetadataRendered: typeof entry["injectionTemplate"] === "string",
        podLabels: isRecord(entry["label"]) ? entry["label"] : {},
        podAnnotations: isRecord(k8s["podAnnotations"]) ? k8s["podAnnotations"] : {},
        podSpec: {},
        // The operator's k8s.env patches the gateway's istio-proxy container.
        containers: [{ name: PROXY_CONTAINER, init: false, path: base2.concat("k8s"), value: Array.isArray(k8s["env"]) ? { env: k8s["env"] } : {} }]
      };
      const overlay = overlayGrace(k8s["overlays"], name);
      if (overlay) {
        w.podSpec = { terminationGracePeriodSeconds: overlay.value };
        w.graceOverride = { view: res.view, path: base2.concat("k8s", "overlays", overlay.overlay, "patches", overlay.patch, "value") };
      }
      attachProxyConfigAnnotation(w);
      inv.workloadSources.push(w);
    });
  }
}
function overlayGrace(overlays, name) {
  if (!Array.isArray(overlays)) return void 0;
  for (const [oi, o] of overlays.entries()) {
    if (!isRecord(o) || o["kind"] !== void 0 && o["kind"] !== "Deployment" || o["name"] !== void 0 && o["name"] !== name) continue;
    const patches = Array.isArray(o["patches"]) ? o["patches"] : [];
    for (const [pi, p] of patches.entries()) {
      if (isRecord(p) && p["path"] === "spec.template.spec.terminationGracePeriodSeconds") return { value: p["value"], overlay: oi, patch: pi };
    }
  }
  return void 0;
}
var GATEWAY_CLASSES = /* @__PURE__ */ new Set(["istio", "istio-waypoint", "istio-east-west"]);
function gatewayApiWorkload(res, opts) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const cls = spec["gatewayClassName"];
  if (typeof cls !== "string" || !GATEWAY_CLASSES.has(cls) || !res.apiVersion.startsWith("gateway.networking.k8s.io/")) return void 0;
  const infra = isRecord(spec["infrastructure"]) ? spec["infrastructure"] : void 0;
  const fromInfra = infra && isRecord(infra["annotations"]);
  const annotationsPath = fromInfra ? res.base.concat("spec", "infrastructure", "annotations") : res.base.concat("metadata", "annotations");
  const annotations = get(res.view.value, annotationsPath);
  const w = {
    ...res,
    origin: "gateway-api",
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath: res.base.concat("metadata"),
    podSpecPath: res.base.concat("spec"),
    annotationsPath,
    labelsPath: res.base.concat("metadata", "labels"),
    anchor: { view: res.view, path: res.base.concat("metadata", "name") },
    gatewayClass: cls,
    annotationMetadataRendered: false,
    podLabels: { "gateway.networking.k8s.io/gateway-name": res.name ?? "" },
    podAnnotations: isRecord(annotations) ? annotations : {},
    podSpec: {},
    containers: []
  };
  attachProxyConfigAnnotation(w);
  return w;
}
function linkGatewayParameters(inv) {
  for (const w of inv.workloadSources) {
    if (!("origin" in w) || w.origin !== "gateway-api") continue;
    const ref = get(w.value, ["spec", "infrastructure", "parametersRef"]);
    if (!isRecord(ref) || ref["kind"] !== "ConfigMap" || typeof ref["name"] !== "string") continue;
    const cm = inv.others.find((o) => o.kind === "ConfigMap" && o.name === ref["name"] && (o.namespace ?? w.namespace) === w.namespace);
    if (!cm || typeof get(cm.value, ["data", "deployment"]) !== "string") continue;
    const host = { view: cm.view, path: cm.base.concat("data", "deployment") };
    const parsed = parseEmbedded(host);
    const grace = parsed.view ? get(parsed.view.value, ["spec", "template", "spec", "terminationGracePeriodSeconds"]) : void 0;
    if (grace !== void 0 && parsed.view) {
      w.podSpec = { terminationGracePeriodSeconds: grace };
      w.graceOverride = { view: parsed.view, path: ["spec", "template", "spec", "terminationGracePeriodSeconds"] };
    }
  }
}
function addIstioOperator(inv, res, order, flag) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const revision = typeof spec["revision"] === "string" ? spec["revision"] : "";
  const label2 = `IstioOperator ${res.namespace ?? "istio-system"}/${res.name ?? "(unnamed)"}`;
  const candidates = [
    [["spec", "values", "meshConfig"], order, `${label2} spec.values.meshConfig`],
    [["spec", "meshConfig"], order + 1e-9, `${label2} spec.meshConfig`]
  ];
  for (const [p, o, l] of candidates) {
    const path5 = res.base.concat(p);
    const value = get(res.view.value, path5);
    if (isRecord(value)) {
      inv.meshSources.push({ kind: "IstioOperator", label: l, revision, shared: false, order: o, fromMeshConfigFlag: flag, view: res.view, path: path5, value, resource: res });
    }
  }
  collectInstallValues(inv, res, res.base.concat("spec", "values"), revision, label2);
}
function addHelmValues(inv, res, order, flag) {
  const revision = typeof res.value["revision"] === "string" ? res.value["revision"] : "";
  const label2 = `Helm values ${res.view.file.path}`;
  const value = res.value["meshConfig"];
  if (isRecord(value)) {
    inv.meshSources.push({ kind: "HelmValues", label: label2, revision, shared: false, order, fromMeshConfigFlag: flag, view: res.view, path: res.base.concat("meshConfig"), value, resource: res });
  }
  collectInstallValues(inv, res, res.base, revision, label2);
}
function collectInstallValues(inv, res, valuesPath, revision, label2) {
  const lifecyclePath = valuesPath.concat("global", "proxy", "lifecycle");
  const lifecycle = get(res.view.value, lifecyclePath);
  if (lifecycle !== void 0 && lifecycle !== null && !(isRecord(lifecycle) && Object.keys(lifecycle).length === 0)) {
    inv.globalLifecycles.push({ name: "values.global.proxy.lifecycle", value: lifecycle, ref: { view: res.view, path: lifecyclePath }, revision, label: label2 });
  }
  const envPath = valuesPath.concat("pilot", "env");
  const env = get(res.view.value, envPath);
  if (isRecord(env)) {
    for (const [name, value] of Object.entries(env)) {
      inv.istiodEnv.push({ name, value, ref: { view: res.view, path: envPath.concat(name) }, revision, label: label2 });
    }
  }
}
function collectIstiodEnv(inv, res) {
  const spec = get(res.view.value, res.base.concat("spec", "template", "spec", "containers"));
  if (!Array.isArray(spec)) return;
  const revision = res.name === "istiod" ? "" : (res.name ?? "").replace(/^istiod-/, "");
  spec.forEach((c, ci) => {
    if (!isRecord(c) || !Array.isArray(c["env"])) return;
    c["env"].forEach((e, ei) => {
      if (isRecord(e) && typeof e["name"] === "string" && "value" in e) {
        inv.istiodEnv.push({
          name: e["name"],
          value: e["value"],
          ref: { view: res.view, path: res.base.concat("spec", "template", "spec", "containers", ci, "env", ei, "value") },
          revision,
          label: `istiod Deployment ${res.namespace ?? ""}/${res.name}`
        });
      }
    });
  });
}
function addConfigMapMesh(inv, res, shared) {
  const extra = res;
  const name = res.name ?? "istio";
  const isShared = shared.has(name);
  const revision = isShared || name === "istio" ? "" : name.slice("istio-".length);
  const host = { view: res.view, path: res.base.concat("data", "mesh") };
  const parsed = parseEmbedded(host);
  const value = parsed.view?.value;
  const label2 = `ConfigMap ${res.namespace ?? "istio-system"}/${name}`;
  inv.meshSources.push({
    kind: "ConfigMap",
    label: label2,
    revision,
    shared: isShared,
    order: extra.order ?? 0,
    fromMeshConfigFlag: extra.flag === true,
    view: parsed.view ?? res.view,
    path: parsed.view ? [] : host.path,
    value: isRecord(value) ? value : {},
    embedError: parsed.error,
    resource: res
  });
}
function addProxyConfig(inv, res, order) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const matchLabels = isRecord(spec["selector"]) ? spec["selector"]["matchLabels"] : void 0;
  const selector = spec["selector"] === void 0 || spec["selector"] === null ? void 0 : isRecord(matchLabels) && Object.keys(matchLabels).length > 0 ? matchLabels : { "drainlint.io/matches-nothing": {} };
  const meta = isRecord(res.value["metadata"]) ? res.value["metadata"] : {};
  const ts = meta["creationTimestamp"];
  inv.proxyConfigs.push({ ...res, selector, creationTimestamp: typeof ts === "string" ? ts : ts instanceof Date ? ts.toISOString() : void 0, order });
}
function resourceId(r) {
  const id = { kind: r.kind || "HelmValues" };
  if (r.namespace) id.namespace = r.namespace;
  if (r.name) id.name = r.name;
  return id;
}

// src/istio/validate.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// src/istio/mesh-fields.ts
var PROXY_CONFIG_FIELDS = {
  configPath: { type: "string" },
  binaryPath: { type: "string" },
  serviceCluster: { type: "string" },
  tracingServiceName: { type: "enum", enumValues: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"] },
  drainDuration: { type: "duration" },
  parentShutdownDuration: { type: "duration", removed: "1.17" },
  discoveryAddress: { type: "string" },
  discoveryRefreshDelay: { type: "duration" },
  zipkinAddress: { type: "string" },
  connectTimeout: { type: "duration", removed: "1.6" },
  statsdUdpAddress: { type: "string" },
  envoyMetricsServiceAddress: { type: "string" },
  proxyAdminPort: { type: "integer" },
  availabilityZone: { type: "string" },
  controlPlaneAuthPolicy: { type: "enum", enumValues: ["NONE", "MUTUAL_TLS", "INHERIT"] },
  customConfigFile: { type: "string" },
  statNameLength: { type: "integer" },
  concurrency: { type: "integer" },
  proxyBootstrapTemplatePath: { type: "string" },
  interceptionMode: { type: "enum", enumValues: ["REDIRECT", "TPROXY", "NONE"] },
  tracing: { type: "object" },
  sds: { type: "object" },
  envoyAccessLogService: { type: "object" },
  envoyMetricsService: { type: "object" },
  proxyMetadata: { type: "map-string" },
  runtimeValues: { type: "map-string" },
  statusPort: { type: "integer" },
  extraStatTags: { type: "array" },
  gatewayTopology: { type: "object" },
  terminationDrainDuration: { type: "duration" },
  meshId: { type: "string" },
  readinessProbe: { type: "object" },
  proxyStatsMatcher: { type: "object" },
  holdApplicationUntilProxyStarts: { type: "boolean" },
  caCertificatesPem: { type: "array" },
  image: { type: "object" },
  privateKeyProvider: { type: "object" },
  proxyHeaders: { type: "object" },
  fileFlushInterval: { type: "duration" },
  fileFlushMinSizeKb: { type: "integer" },
  statsCompression: { type: "boolean" },
  connectionSettings: { type: "object" }
};
var MESH_CONFIG_FIELDS = {
  proxyListenPort: { type: "integer" },
  proxyInboundListenPort: { type: "integer" },
  proxyHttpPort: { type: "integer" },
  connectTimeout: { type: "duration" },
  hboneIdleTimeout: { type: "duration" },
  protocolDetectionTimeout: { type: "duration" },
  tcpKeepalive: { type: "object" },
  ingressClass: { type: "string" },
  ingressService: { type: "string" },
  ingressControllerMode: { type: "enum", enumValues: ["UNSPECIFIED", "OFF", "DEFAULT", "STRICT"] },
  ingressSelector: { type: "string" },
  enableTracing: { type: "boolean" },
  accessLogFile: { type: "string" },
  accessLogFormat: { type: "string" },
  accessLogEncoding: { type: "enum", enumValues: ["TEXT", "JSON"] },
  enableEnvoyAccessLogService: { type: "boolean" },
  disableEnvoyListenerLog: { type: "boolean" },
  defaultConfig: { type: "object" },
  outboundTrafficPolicy: { type: "object" },
  inboundTrafficPolicy: { type: "object" },
  configSources: { type: "array" },
  enableAutoMtls: { type: "boolean" },
  trustDomain: { type: "string" },
  trustDomainAliases: { type: "array" },
  caCertificates: { type: "array" },
  defaultServiceExportTo: { type: "array" },
  defaultVirtualServiceExportTo: { type: "array" },
  defaultDestinationRuleExportTo: { type: "array" },
  rootNamespace: { type: "string" },
  localityLbSetting: { type: "object" },
  zoneAwareLbSetting: { type: "object" },
  dnsRefreshRate: { type: "duration" },
  h2UpgradePolicy: { type: "enum", enumValues: ["DO_NOT_UPGRADE", "UPGRADE"] },
  inboundClusterStatName: { type: "string" },
  outboundClusterStatName: { type: "string" },
  certificates: { type: "array" },
  thriftConfig: { type: "object", removed: "1.17" },
  serviceSettings: { type: "array" },
  serviceScopeConfigs: { type: "array" },
  enablePrometheusMerge: { type: "boolean" },
  verifyCertificateAtClient: { type: "boolean" },
  ca: { type: "object" },
  extensionProviders: { type: "array" },
  defaultProviders: { type: "object" },
  discoverySelectors: { type: "array" },
  pathNormalization: { type: "object" },
  defaultHttpRetryPolicy: { type: "object" },
  meshMTLS: { type: "object" },
  tlsDefaults: { type: "object" },
  defaultTrafficPolicy: { type: "object" },
  serviceEntryVisibility: { type: "object" },
  mixerCheckServer: { type: "string", removed: "1.8" },
  mixerReportServer: { type: "string", removed: "1.8" },
  disablePolicyChecks: { type: "boolean", removed: "1.8" },
  disableMixerHttpReports: { type: "boolean", removed: "1.8" },
  policyCheckFailOpen: { type: "boolean", removed: "1.8" },
  sidecarToTelemetrySessionAffinity: { type: "boolean", removed: "1.8" },
  authPolicy: { type: "enum", enumValues: ["NONE", "MUTUAL_TLS"], removed: "1.9" },
  rdsRefreshDelay: { type: "duration", removed: "1.9" },
  mixerAddress: { type: "string", removed: "1.8" },
  enableClientSidePolicyCheck: { type: "boolean", removed: "1.8" },
  sdsUdsPath: { type: "string", removed: "1.8" },
  sdsRefreshDelay: { type: "duration", removed: "1.8" },
  enableSdsTokenMount: { type: "boolean", removed: "1.8" },
  sdsUseK8sSaJwt: { type: "boolean", removed: "1.8" },
  disableReportBatch: { type: "boolean", removed: "1.8" },
  reportBatchMaxEntries: { type: "integer", removed: "1.8" },
  reportBatchMaxTime: { type: "duration", removed: "1.8" }
};

// src/istio/validate.ts
var Ajv2 = import_ajv2.default.default ?? import_ajv2.default;
function fieldSchema(spec) {
  switch (spec.type) {
    case "duration":
      return { type: ["string", "null"], format: "go-duration" };
    case "map-string":
      return { type: ["object", "null"], additionalProperties: { type: ["string", "null"] } };
    case "enum":
      return { enum: [...spec.enumValues ?? [], ...(spec.enumValues ?? []).map((_, i) => i), null] };
    case "integer":
      return { type: ["integer", "string", "null"], pattern: "^-?[0-9]+$" };
    case "any":
      return {};
    default:
      return { type: [spec.type, "null"] };
  }
}
function objectSchema(fields, overrides = {}) {
  const properties = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.removed) continue;
    const s = overrides[name] ?? fieldSchema(spec);
    properties[name] = s;
    const snake2 = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (snake2 !== name) properties[snake2] = s;
  }
  return { type: "object", properties };
}
var PROXY_CONFIG_SCHEMA = objectSchema(PROXY_CONFIG_FIELDS, {
  drainDuration: { type: ["string", "null"], format: "go-duration", "drain-duration": true }
});
var MESH_CONFIG_SCHEMA = objectSchema(MESH_CONFIG_FIELDS, { defaultConfig: PROXY_CONFIG_SCHEMA });
var ajv;
var compiled = /* @__PURE__ */ new Map();
function validatorFor(schema) {
  const hit = compiled.get(schema);
  if (hit) return hit;
  ajv ??= newAjv({ validateSchema: false, code: { optimize: false } });
  const v = ajv.compile(schema);
  compiled.set(schema, v);
  return v;
}
function newAjv(options = {}) {
  const instance = new Ajv2({ allErrors: true, strict: false, verbose: true, ...options });
  instance.addFormat("go-duration", { type: "string", validate: (s) => parseGoDuration(s) !== void 0 });
  instance.addKeyword({
    keyword: "drain-duration",
    type: "string",
    validate: (_, s) => {
      const v = parseGoDuration(s);
      return v === void 0 || v >= 1 && Number.isInteger(v);
    },
    errors: false
  });
  return instance;
}
function validateProxyConfig(view, path5, value) {
  const v = validatorFor(PROXY_CONFIG_SCHEMA);
  return v(value) ? [] : toProblems(v.errors ?? [], view, path5, value);
}
function validateMeshConfig(view, path5, value) {
  const v = validatorFor(MESH_CONFIG_SCHEMA);
  return v(value) ? [] : toProblems(v.errors ?? [], view, path5, value);
}
function toProblems(errors, view, base2, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of errors) {
    const segs = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const key = segs.join("/");
    if (seen.has(key)) continue;
    seen.add(key);
    let value = root;
    for (const s of segs) value = value?.[s];
    const inMetadata = segs.length >= 2 && /^proxy_?[mM]etadata$/.test(segs[segs.length - 2]);
    const field = inMetadata ? segs[segs.length - 1] : segs[segs.length - 1] ?? "";
    let kind;
    let expected;
    if (inMetadata) {
      kind = "metadata-not-string";
      expected = "string";
    } else if (err.keyword === "drain-duration") {
      kind = "bad-drain-duration";
      expected = "a whole number of seconds, at least 1s";
    } else if (err.keyword === "format" || err.parentSchema?.format === "go-duration") {
      kind = "bad-duration";
      expected = "a Go duration string";
    } else if (err.keyword === "enum") {
      kind = "bad-enum";
      expected = `one of ${err.params.allowedValues.filter((v) => typeof v === "string").join(", ")}`;
    } else if (err.keyword === "pattern") {
      kind = "wrong-type";
      expected = "integer";
    } else {
      kind = "wrong-type";
      const t = err.params.type;
      expected = t === void 0 ? err.keyword : (Array.isArray(t) ? t : String(t).split(",")).filter((x) => x !== "null").join(",");
    }
    out.push({ kind, ref: { view, path: [...base2, ...segs] }, field, value, expected });
  }
  return out;
}

// src/traffic.ts
function trafficLifetime(w, inv, config) {
  const found = selectingServices(w, inv, config).flatMap((svc) => boundsOf(svc, inv, config));
  if (found.length === 0) return void 0;
  const best = found.reduce((a, b) => b.seconds > a.seconds ? b : a);
  return { value: best.seconds, prov: { level: "traffic", source: best.what, ref: { view: best.res.view, path: best.res.base.concat(best.path) } } };
}
function selectingServices(w, inv, config) {
  const list = inv.servicesByNamespace.get(w.effectiveNamespace ?? "");
  if (!list) return [];
  const byPair = selectorIndex(list);
  const at4 = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(w.podLabels)) for (const i of byPair.get(pairKey(k, v)) ?? []) at4.add(i);
  return [...at4].sort((a, b) => a - b).map((i) => list[i]).filter((svc) => selects(svc, w, config));
}
var selectorIndexes = /* @__PURE__ */ new WeakMap();
function selectorIndex(list) {
  let index = selectorIndexes.get(list);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (let i = 0; i < list.length; i++) {
    const selector = get(list[i].value, ["spec", "selector"]);
    const first = isRecord(selector) ? Object.entries(selector)[0] : void 0;
    if (!first) continue;
    const key = pairKey(first[0], first[1]);
    const at4 = index.get(key);
    if (at4) at4.push(i);
    else index.set(key, [i]);
  }
  selectorIndexes.set(list, index);
  return index;
}
function pairKey(k, v) {
  return `${k}\0${typeof v}\0${String(v)}`;
}
var routeIndexes = /* @__PURE__ */ new WeakMap();
function routesNaming(inv, name) {
  if (!name) return [];
  let index = routeIndexes.get(inv);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const res of inv.routes) {
      for (const host of new Set(routeHosts(res).map((h) => h.split(".")[0]))) {
        const at4 = index.get(host);
        if (at4) at4.push(res);
        else index.set(host, [res]);
      }
    }
    routeIndexes.set(inv, index);
  }
  return index.get(name) ?? [];
}
function routeHosts(res) {
  const spec = res.value["spec"];
  if (!isRecord(spec)) return [];
  if (res.kind === "DestinationRule") return typeof spec["host"] === "string" ? [spec["host"]] : [];
  if (!Array.isArray(spec["http"])) return [];
  const hosts = [];
  for (const route of spec["http"]) {
    if (!isRecord(route) || !Array.isArray(route["route"])) continue;
    for (const d of route["route"]) {
      const host = isRecord(d) ? get(d, ["destination", "host"]) : void 0;
      if (typeof host === "string") hosts.push(host);
    }
  }
  return hosts;
}
var bounds = /* @__PURE__ */ new WeakMap();
function boundsOf(svc, inv, config) {
  const hit = bounds.get(svc);
  if (hit) return hit;
  const found = [];
  const routesTo = (host, res) => typeof host === "string" && hostMatches(host, svc.name, nsOf(svc, config), nsOf(res, config));
  for (const res of routesNaming(inv, svc.name)) {
    const spec = res.value["spec"];
    if (!isRecord(spec)) continue;
    if (res.kind === "VirtualService" && Array.isArray(spec["http"])) {
      spec["http"].forEach((route, i) => {
        if (!isRecord(route) || !Array.isArray(route["route"])) return;
        if (!route["route"].some((d) => isRecord(d) && routesTo(get(d, ["destination", "host"]), res))) return;
        push(found, route["timeout"], res, ["spec", "http", i, "timeout"], `timeout of VirtualService ${resName(res)} http[${i}]`);
      });
    }
    if (res.kind === "DestinationRule" && routesTo(spec["host"], res)) {
      const policies = [[spec["trafficPolicy"], ["spec", "trafficPolicy"], ""]];
      if (Array.isArray(spec["subsets"])) {
        spec["subsets"].forEach((s, i) => {
          if (isRecord(s)) policies.push([s["trafficPolicy"], ["spec", "subsets", i, "trafficPolicy"], ` subset ${String(s["name"] ?? i)}`]);
        });
      }
      for (const [policy, base2, subset] of policies) {
        if (!isRecord(policy)) continue;
        const pools = [[policy["connectionPool"], base2.concat("connectionPool"), ""]];
        if (Array.isArray(policy["portLevelSettings"])) {
          policy["portLevelSettings"].forEach((p, i) => {
            if (isRecord(p)) pools.push([p["connectionPool"], base2.concat("portLevelSettings", i, "connectionPool"), ` port ${String(get(p, ["port", "number"]) ?? i)}`]);
          });
        }
        for (const [pool, poolPath, port] of pools) {
          if (!isRecord(pool)) continue;
          for (const proto of ["http", "tcp"]) {
            push(found, get(pool, [proto, "maxConnectionDuration"]), res, poolPath.concat(proto, "maxConnectionDuration"), `${proto}.maxConnectionDuration of DestinationRule ${resName(res)}${subset}${port}`);
          }
        }
      }
    }
  }
  bounds.set(svc, found);
  return found;
}
function push(found, raw, res, path5, what) {
  if (typeof raw !== "string") return;
  const secs = parseGoDuration(raw);
  if (secs === void 0 || secs <= 0) return;
  found.push({ seconds: secs, res, path: path5, what });
}
function nsOf(res, config) {
  return res.namespace ?? config.defaultNamespace;
}
function resName(res) {
  return `${res.namespace ? `${res.namespace}/` : ""}${res.name ?? "(unnamed)"}`;
}
function selects(svc, w, config) {
  const selector = get(svc.value, ["spec", "selector"]);
  if (!isRecord(selector) || Object.keys(selector).length === 0) return false;
  if (nsOf(svc, config) !== w.effectiveNamespace) return false;
  return Object.entries(selector).every(([k, v]) => w.podLabels[k] === v);
}
function hostMatches(host, name, svcNs, resNs) {
  if (!name) return false;
  const parts = host.split(".");
  if (parts.length === 1) return host === name && resNs === svcNs;
  return parts[0] === name && svcNs !== void 0 && parts[1] === svcNs && (parts.length === 2 || parts[2] === "svc");
}

// src/resolve.ts
var DEFAULT_G = 30;
var DEFAULT_TDD = 5;
var DEFAULT_DD = 45;
var DEFAULT_MIN = 5;
var EZ = "EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
var MIN = "MINIMUM_DRAIN_DURATION";
var TDDS = "TERMINATION_DRAIN_DURATION_SECONDS";
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease", "local-path-storage"]);
var LIFETIME_ANNOTATION = "drainlint.io/connection-lifetime";
var SHUTDOWN_ANNOTATION = "drainlint.io/shutdown-duration";
var LEVEL_RANK = {
  default: 0,
  config: 1,
  traffic: 1,
  mesh: 2,
  "root-proxyconfig": 3,
  "namespace-proxyconfig": 4,
  annotation: 5,
  "selector-proxyconfig": 6,
  "proxy-container": 7,
  "pod-spec": 8
};
function levelRank(p) {
  return LEVEL_RANK[p.level];
}
function drainsClassically(rw) {
  return rw.grace.value !== void 0 && !rw.admissionDenied && rw.sidecar.status !== "none" && rw.mode.value === "classic";
}
function mostSpecificSetting(involved) {
  const set = involved.filter((v) => v.prov.level !== "default" && v.prov.ref);
  if (set.length === 0) return void 0;
  return set.reduce((a, b) => levelRank(b.prov) > levelRank(a.prov) ? b : a);
}
function resolveRun(inv) {
  const meshProblems = /* @__PURE__ */ new Map();
  for (const m of inv.meshSources) meshProblems.set(m, m.embedError ? [] : validateMeshConfig(m.view, m.path, m.value));
  return { meshProblems, meshPresent: inv.meshSources.length > 0 || inv.istioOperators.length > 0 };
}
function resolveWorkload(w, inv, config, run) {
  const { meshProblems, meshPresent } = run;
  const istio = config.istioVersion;
  const revision = revisionOf(w, inv);
  const meshSources = meshSourcesFor(inv, revision).filter((m) => !discarded(m, inv, meshProblems));
  const dflt = (source = "default") => ({ level: "default", source });
  let tdd = { value: DEFAULT_TDD, prov: dflt() };
  let dd = { value: DEFAULT_DD, prov: dflt() };
  const metadata = /* @__PURE__ */ new Map();
  const replacesMetadata = istio !== void 0 && compareVersions(istio, "1.11") < 0;
  const applyProxyConfig = (pc, path5, prov) => {
    if (!isRecord(pc)) return;
    for (const [key, field] of [["terminationDrainDuration", "tdd"], ["termination_drain_duration", "tdd"], ["drainDuration", "dd"], ["drain_duration", "dd"]]) {
      const raw = pc[key];
      if (typeof raw !== "string") continue;
      const secs = parseGoDuration(raw);
      if (secs === void 0) continue;
      const v = { value: secs, prov: prov(path5.concat(key)) };
      if (field === "tdd") tdd = v;
      else dd = v;
    }
    for (const key of ["proxyMetadata", "proxy_metadata"]) {
      const md = pc[key];
      if (!isRecord(md)) continue;
      if (replacesMetadata) metadata.clear();
      for (const [name, value] of Object.entries(md)) {
        if (typeof value !== "string") continue;
        if (value === "") metadata.delete(name);
        else metadata.set(name, { value, prov: prov(path5.concat(key, name)) });
      }
    }
  };
  for (const m of meshSources) {
    for (const key of ["defaultConfig", "default_config"]) {
      applyProxyConfig(m.value[key], m.path.concat(key), (p) => ({ level: "mesh", source: `mesh config in ${m.label}`, ref: { view: m.view, path: p } }));
    }
  }
  const rootNs = rootNamespace(meshSources);
  const ns = w.effectiveNamespace;
  const crsHonoured = istio === void 0 || compareVersions(istio, "1.13") >= 0;
  const crs = (level, pick) => {
    if (!pick || !crsHonoured) return;
    const env = get(pick.value, ["spec", "environmentVariables"]);
    if (!isRecord(env)) return;
    for (const [name, value] of Object.entries(env)) {
      if (typeof value !== "string") continue;
      const prov = { level, source: `ProxyConfig ${pick.namespace ?? ""}/${pick.name ?? ""}`, ref: { view: pick.view, path: pick.base.concat("spec", "environmentVariables", name) } };
      if (value === "") metadata.delete(name);
      else metadata.set(name, { value, prov });
    }
  };
  crs("root-proxyconfig", oldest(inv.proxyConfigs.filter((p) => p.namespace === rootNs && !p.selector)));
  if (ns && ns !== rootNs) crs("namespace-proxyconfig", oldest(inv.proxyConfigs.filter((p) => p.namespace === ns && !p.selector)));
  const proxyConfigEnv = userProxyConfig(w);
  let replaced;
  if (proxyConfigEnv) {
    replaced = { tdd, dd };
    tdd = { value: DEFAULT_TDD, prov: dflt(`default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)`) };
    dd = { value: DEFAULT_DD, prov: dflt(`default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)`) };
    const onlyFields = isRecord(proxyConfigEnv.value) ? Object.fromEntries(Object.entries(proxyConfigEnv.value).filter(([k]) => k !== "proxyMetadata" && k !== "proxy_metadata")) : void 0;
    applyProxyConfig(onlyFields, proxyConfigEnv.ref.path, () => ({ level: "proxy-container", source: `PROXY_CONFIG of the ${PROXY_CONTAINER} container`, ref: proxyConfigEnv.ref }));
  }
  const ann = w.proxyConfigAnnotation;
  const annProblems = ann?.view && isRecord(ann.view.value) ? validateProxyConfig(ann.view, [], ann.view.value) : [];
  const admissionDenied = Boolean(ann && (ann.error || annProblems.length > 0 || ann.view && !isRecord(ann.view.value) && ann.view.value !== null && ann.view.value !== void 0));
  if (ann?.view && !admissionDenied) {
    const value = ann.view.value;
    const applied = w.annotationMetadataRendered || !isRecord(value) ? value : Object.fromEntries(Object.entries(value).filter(([k]) => k !== "proxyMetadata" && k !== "proxy_metadata"));
    applyProxyConfig(applied, [], (p) => ({ level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann.view, path: p } }));
  }
  if (ns) crs("selector-proxyconfig", oldest(inv.proxyConfigs.filter((p) => p.namespace === ns && p.selector && labelsMatch(p.selector, w.podLabels))));
  const proxyEnv = new Map(metadata);
  const proxy = proxyContainer(w);
  if (proxy && Array.isArray(proxy.value["env"])) {
    proxy.value["env"].forEach((e, i) => {
      if (isRecord(e) && typeof e["name"] === "string" && (typeof e["value"] === "string" || e["value"] === void 0 || e["value"] === null) && !("valueFrom" in e)) {
        const source = w.origin === "iop-gateway" ? "k8s.env of the IstioOperator gateway" : `env of the ${PROXY_CONTAINER} container`;
        proxyEnv.set(e["name"], { value: typeof e["value"] === "string" ? e["value"] : "", prov: { level: "proxy-container", source, ref: { view: w.view, path: proxy.path.concat("env", i, "value") } } });
      }
    });
  }
  const tdds = proxyEnv.get(TDDS);
  if (tdds && istio && compareVersions(istio, "1.7") >= 0 && compareVersions(istio, "1.10") < 0 && /^\d+$/.test(tdds.value)) {
    tdd = { value: Number(tdds.value), prov: tdds.prov };
  }
  const ezRaw = proxyEnv.get(EZ);
  const ezSupported = !istio || compareVersions(istio, "1.12") >= 0;
  const ez = ezRaw ? { value: ezSupported && parseGoBool(ezRaw.value) === true, prov: ezRaw.prov } : { value: false, prov: dflt() };
  const minRaw = proxyEnv.get(MIN);
  const minSecs = minRaw ? parseGoDuration(minRaw.value) : void 0;
  const min = minRaw && minSecs !== void 0 ? { value: minSecs, prov: minRaw.prov } : { value: DEFAULT_MIN, prov: minRaw ? { level: "default", source: `default (${MIN} "${minRaw.value}" is not a duration)` } : dflt() };
  const grace = graceOf(w, config);
  const appContainers = w.containers.filter((c) => c.name !== PROXY_CONTAINER);
  const appPreStop = maxPreStop(w, appContainers, config.kubernetesVersion);
  const containerPreStops = /* @__PURE__ */ new Map();
  for (const c of w.containers) {
    const t = hookTiming(w, c, config.kubernetesVersion);
    if (t) containerPreStops.set(c.name, t);
  }
  const proxyPreStop = (proxy && hookTiming(w, proxy, config.kubernetesVersion)) ?? globalPreStop(inv, revision);
  const mode = proxyMode(w, inv, config);
  const globalLifecycle = inv.globalLifecycles.some((l) => l.revision === revision || revision !== "" && l.revision === "");
  const userPreStop = proxy !== void 0 && isRecord(proxy.value["lifecycle"]) && proxy.value["lifecycle"]["preStop"] !== void 0;
  return {
    workload: w,
    sidecar: sidecarStatus(w, inv, config, meshPresent),
    gateway: isGateway(w),
    mode,
    nativeDrainHook: mode.value === "native" && !globalLifecycle && !userPreStop,
    replacedByProxyConfigEnv: replaced,
    grace,
    graceOptOut: grace.value === 0,
    tdd,
    dd,
    proxyEnv,
    ez,
    min,
    appPreStop,
    proxyPreStop,
    containerPreStops,
    lifetime: declared(w, LIFETIME_ANNOTATION, config.connectionLifetime, "connectionLifetime", () => trafficLifetime(w, inv, config)),
    shutdown: declared(w, SHUTDOWN_ANNOTATION, config.shutdownDuration, "shutdownDuration"),
    admissionDenied,
    annotationProblems: annProblems,
    meshSources
  };
}
function graceOf(w, config) {
  const gRaw = w.podSpec["terminationGracePeriodSeconds"];
  const set = w.graceOverride ?? { view: w.view, path: w.podSpecPath.concat("terminationGracePeriodSeconds") };
  const source = w.origin === "iop-gateway" ? "IstioOperator k8s.overlays patch" : w.origin === "gateway-api" ? "Gateway parameters ConfigMap" : "pod spec";
  if (gRaw === void 0 || gRaw === null) {
    const at4 = w.anchor ?? set;
    if (w.gatewayClass === "istio-waypoint" && config.istioVersion && compareVersions(config.istioVersion, "1.28") < 0) {
      return { value: 2, prov: { level: "default", source: `waypoint template of Istio ${config.istioVersion} (hard-coded)`, ref: at4 } };
    }
    return { value: DEFAULT_G, prov: { level: "default", source: "default", ref: at4 } };
  }
  if (typeof gRaw === "number" && Number.isInteger(gRaw) && gRaw >= 0) return { value: gRaw, prov: { level: "pod-spec", source, ref: set } };
  return { value: void 0, prov: { level: "pod-spec", source, ref: set } };
}
function discarded(m, inv, problems) {
  return inv.meshSources.some((o) => o.resource === m.resource && (o.embedError !== void 0 || (problems.get(o)?.length ?? 0) > 0));
}
function userProxyConfig(w) {
  const proxy = proxyContainer(w);
  const env = proxy && Array.isArray(proxy.value["env"]) ? proxy.value["env"] : [];
  const i = env.findIndex((e) => isRecord(e) && e["name"] === "PROXY_CONFIG" && typeof e["value"] === "string");
  if (i < 0 || !proxy) return void 0;
  const ref = { view: w.view, path: proxy.path.concat("env", i, "value") };
  const parsed = parseEmbedded(ref);
  return parsed.view ? { value: parsed.view.value, ref } : void 0;
}
function zero() {
  return { seconds: 0, prov: { level: "default", source: "no preStop hook" } };
}
function hookTiming(w, c, k8s) {
  const lifecycle = c.value["lifecycle"];
  const preStop = isRecord(lifecycle) ? lifecycle["preStop"] : void 0;
  const d = preStopDuration(preStop);
  if (!d) return void 0;
  const ref = { view: w.view, path: c.path.concat("lifecycle", "preStop"), target: "key" };
  const prov = { level: "pod-spec", source: `preStop of container ${c.name}`, ref };
  if ("unknown" in d) return { prov, unknown: d.unknown };
  if (d.via === "sleep-action" && k8s && compareVersions(k8s, "1.30") < 0) {
    return { prov, unknown: `lifecycle.preStop.sleep needs Kubernetes 1.30 or later (1.29 only behind the PodLifecycleSleepAction gate); on ${k8s} it does not run` };
  }
  return { seconds: d.seconds, prov };
}
function maxPreStop(w, containers, k8s) {
  let best = zero();
  for (const c of containers) {
    if (c.init) continue;
    const t = hookTiming(w, c, k8s);
    if (!t) continue;
    if (t.unknown !== void 0) return t;
    if ((t.seconds ?? 0) > (best.seconds ?? 0)) best = t;
  }
  return best;
}
function globalPreStop(inv, revision) {
  const g = inv.globalLifecycles.filter((l) => l.revision === revision).pop();
  if (!g || !isRecord(g.value)) return zero();
  const d = preStopDuration(g.value["preStop"]);
  if (!d) return zero();
  const prov = { level: "mesh", source: `values.global.proxy.lifecycle (${g.label})`, ref: { view: g.ref.view, path: g.ref.path.concat("preStop") } };
  return "unknown" in d ? { prov, unknown: d.unknown } : { seconds: d.seconds, prov };
}
function proxyContainer(w) {
  return w.containers.find((c) => c.name === PROXY_CONTAINER);
}
function revisionOf(w, inv) {
  const label2 = w.podLabels["istio.io/rev"];
  if (typeof label2 === "string") return label2 === "default" ? "" : label2;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : void 0;
  const nsRev = ns ? get(ns.value, ["metadata", "labels", "istio.io/rev"]) : void 0;
  return typeof nsRev === "string" && nsRev !== "default" ? nsRev : "";
}
function meshSourcesFor(inv, revision) {
  let own = inv.meshSources.filter((m) => m.revision === revision || m.shared);
  if (revision !== "" && !own.some((m) => m.revision === revision)) own = inv.meshSources.filter((m) => m.revision === "" || m.shared);
  return [...own].sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
}
function rootNamespace(meshSources) {
  let root = "istio-system";
  for (const m of meshSources) if (typeof m.value["rootNamespace"] === "string") root = m.value["rootNamespace"];
  return root;
}
function oldest(list) {
  return [...list].sort((a, b) => (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order)[0];
}
function labelsMatch(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function istioSignal(w) {
  for (const k of Object.keys(w.podAnnotations)) {
    if (k === "sidecar.istio.io/inject") continue;
    if (/(^|\.)istio\.io\//.test(k)) return `its pod template has the ${k} annotation`;
  }
  for (const k of Object.keys(w.podLabels)) {
    if (k === "sidecar.istio.io/inject" && w.podLabels[k] !== "true") continue;
    if (k === "istio.io/rev" || k === "sidecar.istio.io/inject") return `its pod template has the ${k} label`;
  }
  if (w.podAnnotations["sidecar.istio.io/inject"] === "true") return "its pod template has the sidecar.istio.io/inject annotation";
  return void 0;
}
var AMBIENT = { status: "none", reason: "it is in ambient mode (istio.io/dataplane-mode=ambient): ztunnel serves it, no sidecar" };
function sidecarStatus(w, inv, config, meshPresent) {
  if (w.origin === "iop-gateway") return { status: "seen", reason: "the IstioOperator deploys this gateway" };
  if (w.origin === "gateway-api") return { status: "seen", reason: `istiod deploys Gateways of class ${w.gatewayClass}` };
  if (proxyContainer(w)) return { status: "seen", reason: `it declares an ${PROXY_CONTAINER} container` };
  const injectLabel = w.podLabels["sidecar.istio.io/inject"];
  const injectAnn = w.podAnnotations["sidecar.istio.io/inject"];
  if (injectLabel === "false" || injectLabel === void 0 && injectAnn === "false") return { status: "none", reason: 'sidecar.istio.io/inject is "false"' };
  if (w.podSpec["hostNetwork"] === true) return { status: "none", reason: "hostNetwork pods are never injected" };
  const ns = w.effectiveNamespace;
  if (ns && SYSTEM_NAMESPACES.has(ns)) return { status: "none", reason: `${ns} is never injected` };
  const nsRes = ns ? inv.namespaces.get(ns) : void 0;
  if (nsRes) {
    const labels = get(nsRes.value, ["metadata", "labels"]);
    const l = isRecord(labels) ? labels : {};
    if ("istio-injection" in l) {
      return l["istio-injection"] === "enabled" ? { status: "seen", reason: `Namespace ${ns} has istio-injection=enabled` } : { status: "none", reason: `Namespace ${ns} has istio-injection=${String(l["istio-injection"])}` };
    }
    if ("istio.io/rev" in l) return { status: "seen", reason: `Namespace ${ns} has istio.io/rev=${String(l["istio.io/rev"])}` };
    if (injectLabel === "true" || typeof w.podLabels["istio.io/rev"] === "string") return { status: "seen", reason: "its pod template opts in by label" };
    if ((w.podLabels["istio.io/dataplane-mode"] ?? l["istio.io/dataplane-mode"]) === "ambient") return AMBIENT;
    return { status: "none", reason: `Namespace ${ns} does not enable injection` };
  }
  if (w.podLabels["istio.io/dataplane-mode"] === "ambient") return AMBIENT;
  const signal = istioSignal(w);
  if (signal) return { status: "assumed", reason: signal };
  if (meshPresent) return { status: "assumed", reason: "an Istio mesh config is part of this run" };
  if (config.assumeInjected) return { status: "assumed", reason: "assumeInjected is set" };
  return { status: "none", reason: "nothing says it is in the mesh" };
}
function isGateway(w) {
  if (w.origin !== "pod") return true;
  const tpl = w.podAnnotations["inject.istio.io/templates"];
  if (typeof tpl === "string" && tpl.split(",").includes("gateway")) return true;
  if ("gateway.networking.k8s.io/gateway-name" in w.podLabels || "istio.io/gateway-name" in w.podLabels) return true;
  const proxy = proxyContainer(w);
  const args = proxy && Array.isArray(proxy.value["args"]) ? proxy.value["args"] : [];
  return args.includes("router");
}
function proxyMode(w, inv, config) {
  if (isGateway(w)) return { value: "classic", prov: { level: "default", source: "gateway (the proxy is the main container)" } };
  const ann = w.podAnnotations["sidecar.istio.io/nativeSidecar"];
  const annRef = { view: w.view, path: w.annotationsPath.concat("sidecar.istio.io/nativeSidecar") };
  if (ann === "true") return { value: "native", prov: { level: "annotation", source: "sidecar.istio.io/nativeSidecar annotation", ref: annRef } };
  if (ann === "false") return { value: "classic", prov: { level: "annotation", source: "sidecar.istio.io/nativeSidecar annotation", ref: annRef } };
  const env = inv.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS").pop();
  const setting = env ? String(env.value) : void 0;
  if (setting === "true") return { value: "native", prov: { level: "mesh", source: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, ref: env.ref } };
  const istioAuto = config.istioVersion ? compareVersions(config.istioVersion, "1.27") >= 0 : false;
  const auto = setting === "auto" || setting === void 0 && istioAuto;
  if (auto && config.kubernetesVersion && compareVersions(config.kubernetesVersion, "1.33") >= 0) {
    return { value: "native", prov: { level: "default", source: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${config.kubernetesVersion}`, ref: env?.ref } };
  }
  return { value: "classic", prov: { level: "default", source: "classic sidecar (no native-sidecar setting in the input)" } };
}
function declared(w, annotation, rules, key, derived) {
  const raw = w.podAnnotations[annotation];
  if (raw !== void 0 && raw !== null) {
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "annotation", source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } } };
    return void 0;
  }
  const hit = rules?.workloads.find((e) => e.matches(w));
  if (hit) return { value: hit.seconds, prov: { level: "config", source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } };
  const fromTraffic = derived?.();
  if (fromTraffic) return fromTraffic;
  if (rules?.default !== void 0) return { value: rules.default.seconds, prov: { level: "config", source: `${key}.default in the config file`, ref: rules.default.ref } };
  return void 0;
}

// rules/annotation-not-rendered/index.ts
var KEYS = [EZ, MIN];
function quoted(value) {
  return JSON.stringify(typeof value === "string" ? value : String(value));
}
function why(w) {
  if (w.origin === "iop-gateway") {
    return `this IstioOperator gateway is not injected: pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables`;
  }
  const where = w.annotationsPath.includes("infrastructure") ? "spec.infrastructure.annotations" : "metadata.annotations";
  return `istiod deploys this Gateway (class ${w.gatewayClass ?? "istio"}) itself and computes its ProxyConfig without annotations: the ${PROXY_CONFIG_ANNOTATION} annotation copied from ${where} is read at runtime only, and its proxyMetadata never becomes an environment variable`;
}
function instead(w, name, value) {
  if (w.origin === "iop-gateway") return `Set it in k8s.env of this gateway entry instead (- name: ${name}, value: ${value})`;
  const ns = w.namespace ?? w.effectiveNamespace;
  return `Set it with a ProxyConfig in ${ns ? `namespace ${ns}` : "the Gateway's namespace"} whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: ${w.name ?? "<name>"} and whose spec.environmentVariables has ${name}: ${value} instead`;
}
var annotation_not_rendered_default = defineRule({
  meta: {
    id: "annotation-not-rendered",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION in the proxyMetadata of a proxy.istio.io/config annotation on a gateway that is not injected (IstioOperator gateway, Gateway API): it never becomes the proxy's environment.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.annotationMetadataRendered || rw.admissionDenied) return;
        const ann = w.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        for (const mdKey of ["proxyMetadata", "proxy_metadata"]) {
          const md = ann.view.value[mdKey];
          if (!isRecord(md)) continue;
          for (const name of KEYS) {
            if (!(name in md)) continue;
            const raw = md[name];
            const effective = rw.proxyEnv.get(name);
            const related2 = [];
            if (effective?.prov.ref) related2.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
            const shown2 = effective ? `"${effective.value}" from ${origin(effective.prov)}` : `${name === EZ ? "false" : "5s"} (default)`;
            const unset = raw === "" || raw === null || raw === void 0;
            let tail;
            if (unset) {
              tail = effective ? `so the empty value does not unset it: the proxy keeps ${name} ${shown2}. ${instead(w, name, name === EZ ? '"false"' : '"5s"')}.` : `so the empty value has no effect (the proxy's ${name} is ${shown2}). Remove it.`;
            } else if (effective && effective.value === String(raw)) {
              tail = `so the proxy's ${name} is ${shown2}, not from this annotation. Remove it here.`;
            } else if (effective && (effective.prov.level === "proxy-container" || effective.prov.level === "selector-proxyconfig")) {
              tail = `so the proxy's ${name} stays ${shown2}. Remove it here, or change that value to ${quoted(raw)} if that was meant.`;
            } else {
              tail = `so the proxy's ${name} stays ${shown2}. ${instead(w, name, quoted(raw))}.`;
            }
            ctx.report({
              at: { view: ann.view, path: [mdKey, name], target: "key" },
              workload: w,
              message: `${name} is set in the proxyMetadata of the ${PROXY_CONFIG_ANNOTATION} annotation, but ${why(w)}, ${tail}`,
              related: related2
            });
          }
        }
      }
    };
  }
});

// rules/connections-outlive-grace-period/timing.ts
function appStop(rw) {
  const pa = rw.appPreStop.seconds;
  return pa === void 0 ? void 0 : pa + (rw.shutdown?.value ?? 0);
}
function drainEnd(rw) {
  if (rw.sidecar.status === "none") return void 0;
  if (rw.mode.value === "native") return appStop(rw);
  const pp = rw.proxyPreStop.seconds;
  if (pp === void 0) return void 0;
  return pp + (rw.ez.value ? rw.min.value + 1 : rw.tdd.value);
}
var pointedSetting = mostSpecificSetting;
function withoutPointed(related2, pointed) {
  if (!pointed?.prov.ref) return related2;
  return related2.filter((r) => r.ref !== pointed.prov.ref);
}

// rules/gateway-drain-too-short/gateway.ts
function hardcodedWaypointGrace(rw, config) {
  const w = rw.workload;
  return w.origin === "gateway-api" && w.gatewayClass === "istio-waypoint" && w.graceOverride === void 0 && rw.grace.prov.level === "default" && config.istioVersion !== void 0 && compareVersions(config.istioVersion, "1.28") < 0;
}
function graceHint(rw) {
  const w = rw.workload;
  if (w.graceOverride !== void 0) return "";
  if (w.origin === "iop-gateway") return " (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry)";
  if (w.origin === "gateway-api") return " (set it as spec.template.spec.terminationGracePeriodSeconds in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26)";
  return "";
}
function behindLoadBalancer(rw) {
  const w = rw.workload;
  if (!rw.gateway) return false;
  if (w.gatewayClass === "istio-waypoint") return false;
  if (w.origin === "iop-gateway" && w.kind === "EgressGateway") return false;
  return true;
}

// rules/connections-outlive-grace-period/index.ts
var connections_outlive_grace_period_default = defineRule({
  meta: {
    id: "connections-outlive-grace-period",
    severity: "warning",
    description: "Requests or connections can stay in flight longer than terminationGracePeriodSeconds: kubelet's SIGKILL cuts them whatever the proxy does.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === void 0 || rw.admissionDenied) return;
        if (hardcodedWaypointGrace(rw, ctx.config)) return;
        const l = rw.lifetime;
        if (!l || l.value <= g) return;
        const end = drainEnd(rw);
        const app = appStop(rw);
        const target = atLeast(end, app, l.value);
        const sidecar = rw.sidecar.status !== "none";
        const ezOn = sidecar && rw.mode.value === "classic" && rw.ez.value;
        const gText = `terminationGracePeriodSeconds is ${g}${rw.graceOptOut ? " (no graceful shutdown)" : rw.grace.prov.level === "default" ? " (default)" : ""}`;
        const kill = `kubelet's SIGKILL at ${formatSeconds(g)} cuts them`;
        const cut = !sidecar ? kill : ezOn ? `${kill}, and EXIT_ON_ZERO_ACTIVE_CONNECTIONS (${origin(rw.ez.prov)}) makes the ${proxyNoun(rw)} wait for open connections only until then` : `${kill} whatever the ${proxyNoun(rw)} does`;
        const sa = rw.shutdown;
        const extra = [];
        let why2 = "";
        if (target > Math.ceil(l.value)) {
          if (app !== void 0 && Math.ceil(app) === target) {
            why2 = ` (the app needs ${formatSeconds(app)} to stop)`;
            extra.push(["app preStop", rw.appPreStop], ["shutdown duration", sa]);
          } else if (end !== void 0) {
            why2 = ` (the ${proxyNoun(rw)}'s drain ends at ${formatSeconds(end)})`;
            if (rw.ez.value) extra.push(["MINIMUM_DRAIN_DURATION", rw.min]);
            else extra.push(["terminationDrainDuration", rw.tdd]);
            extra.push(["istio-proxy preStop", (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : void 0]);
          }
        }
        ctx.report({
          at: rw.grace.prov.ref,
          workload: rw.workload,
          severity: rw.graceOptOut ? "info" : void 0,
          message: `${gText} but requests or connections may stay in flight for ${seconds(l, "connection lifetime")}: ${cut}. Raise terminationGracePeriodSeconds to at least ${target}${graceHint(rw)}${why2}.`,
          related: relatedValues([
            ["connection lifetime", l],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ezOn ? rw.ez : void 0],
            ...extra
          ])
        });
      }
    };
  }
});

// rules/drain-env-on-app-container/index.ts
var INJECTED_INIT = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
function quoted2(name, value) {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  if (name === EZ) {
    if (text !== void 0 && parseGoBool(text) !== void 0) return `"${text}"`;
    return '"true"';
  }
  if (text !== void 0 && parseGoDuration(text) !== void 0 && text !== "0") return `"${text}"`;
  if (text !== void 0 && /^\d+(\.\d+)?$/.test(text)) return `"${text}s"`;
  return '"<duration>"';
}
var drain_env_on_app_container_default = defineRule({
  meta: {
    id: "drain-env-on-app-container",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION set as env on a container other than istio-proxy, where pilot-agent never reads it.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        if (rw.sidecar.status === "none") return;
        if (rw.admissionDenied) return;
        const w = rw.workload;
        const proxy = proxyContainer(w);
        const annPath = [...w.podMetaPath.slice(w.base.length), "annotations"].join(".");
        for (const c of w.containers) {
          if (c.name === PROXY_CONTAINER) continue;
          if (proxy && c.init && INJECTED_INIT.has(c.name)) continue;
          const env = c.value["env"];
          if (!Array.isArray(env)) continue;
          env.forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== EZ && e["name"] !== MIN) return;
            const name = e["name"];
            const container = `${c.init ? "init container" : "container"} ${c.name || "(unnamed)"}`;
            const effective = rw.proxyEnv.get(name);
            const written2 = quoted2(name, e["value"]);
            const related2 = [];
            let state;
            let fix2;
            if (effective) {
              state = `it has no effect: the proxy gets ${name} "${effective.value}" from ${origin(effective.prov)}`;
              related2.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
              fix2 = `"${effective.value}"` === written2 ? `Remove it from ${container}.` : `Remove it from ${container}, or set ${written2} where the proxy gets it.`;
            } else {
              state = `the proxy's ${name} stays ${name === EZ ? "false" : "5s"} (default)`;
              fix2 = proxy ? `Move the entry to the env of the ${PROXY_CONTAINER} container (value ${written2}).` : `Write it as proxyMetadata: {${name}: ${written2}} in the ${PROXY_CONFIG_ANNOTATION} annotation (${annPath}) and remove it from ${container}.`;
            }
            ctx.report({
              at: { view: w.view, path: [...c.path, "env", i, "name"] },
              workload: w,
              container: c.name,
              message: `${name} is set in the env of ${container}, but pilot-agent reads only the ${PROXY_CONTAINER} container's own environment, so ${state}. ${fix2}${assumedNote(rw)}`,
              related: related2.filter((r) => r.ref)
            });
          });
        }
      }
    };
  }
});

// rules/drain-exceeds-grace-period/index.ts
var drain_exceeds_grace_period_default = defineRule({
  meta: {
    id: "drain-exceeds-grace-period",
    severity: "warning",
    description: "The proxy's drain (or the app's shutdown, or a preStop hook) cannot finish before kubelet's SIGKILL at terminationGracePeriodSeconds.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === void 0 || rw.admissionDenied) return;
        if (hardcodedWaypointGrace(rw, ctx.config)) return;
        const w = rw.workload;
        const at4 = rw.grace.prov.ref;
        const severity = rw.graceOptOut ? "info" : void 0;
        const gText = `terminationGracePeriodSeconds is ${g}${rw.grace.prov.level === "default" ? " (default)" : ""}`;
        let hookReported = false;
        for (const c of w.containers) {
          if (c.init && c.name !== "istio-proxy") continue;
          const preStop = isRecord(c.value["lifecycle"]) ? c.value["lifecycle"]["preStop"] : void 0;
          const t = c.name === "istio-proxy" ? rw.proxyPreStop : rw.containerPreStops.get(c.name);
          if (!t || t.seconds === void 0 || !preStop || t.seconds < g) continue;
          const sleepAction = isRecord(preStop) && isRecord(preStop["sleep"]);
          const rejected = sleepAction && t.seconds > g;
          ctx.report({
            at: at4,
            workload: w,
            container: c.name,
            severity: rejected ? "error" : severity,
            message: `${gText} but the preStop hook of container ${c.name} takes ${seconds(t)}: ${rejected ? "the API server rejects a preStop sleep longer than the grace period; " : "SIGTERM comes only when the grace period is over, so the container is killed without a graceful stop; "}raise terminationGracePeriodSeconds to at least ${atLeast(t.seconds) + 1} or shorten the hook.`,
            related: relatedValues([["preStop", t]])
          });
          hookReported = true;
        }
        if (hookReported || rw.sidecar.status === "none") return;
        const proxy = proxyNoun(rw);
        if (rw.mode.value === "native") {
          const app = rw.appPreStop.seconds;
          if (app === void 0) return;
          const end2 = app + (rw.shutdown?.value ?? 0);
          if (end2 <= g) return;
          ctx.report({
            at: at4,
            workload: w,
            severity,
            message: `${gText} but the app needs ${formatSeconds(end2)} to stop (preStop ${seconds(rw.appPreStop)}${rw.shutdown ? ` + shutdown ${seconds(rw.shutdown)}` : ""}); the native ${proxy} stays until then: raise terminationGracePeriodSeconds to at least ${atLeast(end2)}.`,
            related: relatedValues([["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown]])
          });
          return;
        }
        const pp = rw.proxyPreStop.seconds;
        if (pp === void 0) return;
        const drain = rw.ez.value ? rw.min.value + 1 : rw.tdd.value;
        const end = pp + drain;
        if (end <= g) return;
        const what = rw.ez.value ? `with ${"EXIT_ON_ZERO_ACTIVE_CONNECTIONS"} on it waits MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus the first 1s connection check` : `drains for terminationDrainDuration ${seconds(rw.tdd)}`;
        ctx.report({
          at: at4,
          workload: w,
          severity,
          message: `${gText} but the ${proxy}${pp > 0 ? ` starts draining after its preStop (${seconds(rw.proxyPreStop)}) and` : ""} ${what}: the drain ends at ${formatSeconds(end)}, after SIGKILL. Raise terminationGracePeriodSeconds to at least ${atLeast(end)}${graceHint(rw)} or lower the drain.${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: relatedValues([
            ["terminationDrainDuration", rw.ez.value ? void 0 : rw.tdd],
            ["MINIMUM_DRAIN_DURATION", rw.ez.value ? rw.min : void 0],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez.value ? rw.ez : void 0],
            ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
          ])
        });
      }
    };
  }
});

// rules/drain-setting-outside-proxy-metadata/index.ts
var KEYS2 = [EZ, MIN];
var WHY = "it is an environment variable of the proxy, not a ProxyConfig field, and istiod drops unknown keys silently";
function quoted3(name, value) {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  if (name === EZ) return text !== void 0 && parseGoBool(text) !== void 0 ? `"${text}"` : '"true"';
  if (text !== void 0 && text !== "0" && parseGoDuration(text) !== void 0) return `"${text}"`;
  if (text !== void 0 && /^\d+(\.\d+)?$/.test(text)) return `"${text}s"`;
  return '"<duration>"';
}
function sibling(pcPath, pc, name) {
  for (const key of ["proxyMetadata", "proxy_metadata"]) {
    const md = pc[key];
    if (isRecord(md) && typeof md[name] === "string") return { value: md[name], path: [...pcPath, key, name] };
  }
  return void 0;
}
var drain_setting_outside_proxy_metadata_default = defineRule({
  meta: {
    id: "drain-setting-outside-proxy-metadata",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION written as a direct key of defaultConfig, of the proxy.istio.io/config annotation or of the mesh config instead of under proxyMetadata, where istiod drops it.",
    fixable: false
  },
  create(ctx) {
    return {
      // The pod template's proxy.istio.io/config annotation.
      workload(rw) {
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value) || rw.admissionDenied) return;
        const pc = ann.view.value;
        for (const name of KEYS2) {
          if (!(name in pc)) continue;
          const v = quoted3(name, pc[name]);
          const effective = rw.proxyEnv.get(name);
          const related2 = [];
          let tail;
          if (effective) {
            if (effective.prov.ref) related2.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
            tail = `it has no effect: the proxy gets ${name} "${effective.value}" from ${origin(effective.prov)}. Remove this key${`"${effective.value}"` === v ? "" : `, or write proxyMetadata: {${name}: ${v}} in the annotation`}.`;
          } else {
            tail = `the proxy's ${name} stays ${name === EZ ? "false" : "5s"} (default). Write it as proxyMetadata: {${name}: ${v}} in the annotation.`;
          }
          ctx.report({
            at: { view: ann.view, path: [name], target: "key" },
            workload: rw.workload,
            message: `${name} is a direct key of the ${PROXY_CONFIG_ANNOTATION} annotation, but ${WHY}, so ${tail}`,
            related: related2
          });
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          const dcKey = ["defaultConfig", "default_config"].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? m.value[dcKey] : void 0;
          for (const name of KEYS2) {
            const sites = [];
            if (name in m.value) sites.push({ at: [...m.path, name], raw: m.value[name], where: `at the top level of the mesh config (${m.label})`, form: (v) => `defaultConfig: {proxyMetadata: {${name}: ${v}}}` });
            if (dc && name in dc) sites.push({ at: [...m.path, dcKey, name], raw: dc[name], where: `a direct key of ${dcKey} in the mesh config (${m.label})`, form: (v) => `proxyMetadata: {${name}: ${v}} under ${dcKey}` });
            for (const site of sites) {
              const v = quoted3(name, site.raw);
              const have = dc ? sibling([...m.path, dcKey], dc, name) : void 0;
              const related2 = [];
              let tail;
              if (have) {
                const ref = { view: m.view, path: have.path };
                related2.push({ message: `${name} ${JSON.stringify(have.value)} (${have.path.slice(m.path.length, -1).join(".")})`, ref });
                tail = `it has no effect: ${have.path.slice(m.path.length, -1).join(".")} sets it to ${JSON.stringify(have.value)} (${m.view.file.path}:${locate(ref).line}), which is what proxies get. Remove this key${`"${String(have.value)}"` === v ? "" : `, or write ${v} there`}.`;
              } else {
                tail = `no proxy gets ${name} from this mesh config. Write it as ${site.form(v)}.`;
              }
              ctx.report({
                at: { view: m.view, path: site.at, target: "key" },
                resource: resourceId(m.resource),
                message: `${name} is ${site.where.startsWith("at ") ? "written " : ""}${site.where}, but ${WHY}, so ${tail}`,
                related: related2
              });
            }
          }
        }
      }
    };
  }
});

// rules/inject-annotation-not-label/injection.ts
var INJECT = "sidecar.istio.io/inject";
var REV = "istio.io/rev";
var NS_INJECTION = "istio-injection";
var DATAPLANE_MODE = "istio.io/dataplane-mode";
var TRUE_WORDS = /* @__PURE__ */ new Set(["y", "yes", "true", "on"]);
function namespaceOf(w, inv) {
  const name = w.effectiveNamespace;
  const res = name ? inv.namespaces.get(name) : void 0;
  if (!res || !name) return void 0;
  const raw = get(res.value, ["metadata", "labels"]);
  const labels = isRecord(raw) ? raw : {};
  const labelsPath = [...res.base, "metadata", "labels"];
  return {
    res,
    name,
    labels,
    labelsRef: isRecord(raw) ? { view: res.view, path: labelsPath, target: "key" } : { view: res.view, path: [...res.base, "metadata", "name"] },
    injectionRef: NS_INJECTION in labels ? { view: res.view, path: [...labelsPath, NS_INJECTION] } : void 0
  };
}
function namespaceInjects(ns) {
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === "enabled";
  return typeof ns.labels[REV] === "string";
}
function namespaceState(ns) {
  if (NS_INJECTION in ns.labels) return `${NS_INJECTION}=${String(ns.labels[NS_INJECTION])}`;
  return `no ${NS_INJECTION} or ${REV} label`;
}
function namespaceDecides(w) {
  if (w.origin !== "pod") return false;
  if (w.containers.some((c) => c.name === PROXY_CONTAINER)) return false;
  if (w.podSpec["hostNetwork"] === true) return false;
  return !(w.effectiveNamespace && SYSTEM_NAMESPACES.has(w.effectiveNamespace));
}
function annotationNotLabel(w, inv) {
  const value = w.podAnnotations[INJECT];
  if (typeof value !== "string" || !TRUE_WORDS.has(value.toLowerCase())) return void 0;
  if (w.podLabels[INJECT] !== void 0 || w.podLabels[REV] !== void 0) return void 0;
  if (!namespaceDecides(w)) return void 0;
  const ns = namespaceOf(w, inv);
  if (!ns || namespaceInjects(ns)) return void 0;
  return { ns, value, at: { view: w.view, path: [...w.annotationsPath, INJECT], target: "key" } };
}
function blockedByNamespace(w, inv) {
  const inject = w.podLabels[INJECT];
  const rev = w.podLabels[REV];
  if (inject === "false") return void 0;
  const optIns = [];
  if (inject === "true") optIns.push({ label: INJECT, value: inject });
  if (typeof rev === "string") optIns.push({ label: REV, value: rev });
  const first = optIns[0];
  if (!first || !namespaceDecides(w)) return void 0;
  const ns = namespaceOf(w, inv);
  if (!ns || !(NS_INJECTION in ns.labels) || ns.labels[NS_INJECTION] === "enabled") return void 0;
  const ref = (label2) => ({ view: w.view, path: [...w.labelsPath, label2], target: "key" });
  const second = optIns[1];
  return { ns, ...first, at: ref(first.label), other: second ? { ...second, ref: ref(second.label) } : void 0 };
}
function noSidecarCause(w, inv) {
  const label2 = w.podLabels[INJECT];
  const ann = w.podAnnotations[INJECT];
  if (label2 === "false") return { ref: { view: w.view, path: [...w.labelsPath, INJECT] }, what: `${INJECT} label "false"`, enable: `drop the ${INJECT}: "false" label` };
  if (label2 === void 0 && ann === "false") return { ref: { view: w.view, path: [...w.annotationsPath, INJECT] }, what: `${INJECT} annotation "false"`, enable: `drop the ${INJECT}: "false" annotation` };
  if (w.podSpec["hostNetwork"] === true) return { ref: { view: w.view, path: [...w.podSpecPath, "hostNetwork"] }, what: "hostNetwork: true", enable: "turn hostNetwork off" };
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) {
    const ref = w.namespace ? { view: w.view, path: [...w.base, "metadata", "namespace"] } : void 0;
    return { ref, what: `namespace ${nsName}`, enable: "run it in another namespace" };
  }
  const ns = namespaceOf(w, inv);
  if (ns) {
    if (NS_INJECTION in ns.labels) {
      return { ref: ns.injectionRef, what: `Namespace ${ns.name} label ${namespaceState(ns)}`, enable: `set the ${NS_INJECTION} label of Namespace ${ns.name} to enabled` };
    }
    const podMode = w.podLabels[DATAPLANE_MODE];
    if ((podMode ?? ns.labels[DATAPLANE_MODE]) === "ambient") {
      const ref = podMode !== void 0 ? { view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] } : { view: ns.res.view, path: [...ns.res.base, "metadata", "labels", DATAPLANE_MODE] };
      return { ref, what: `${DATAPLANE_MODE} ambient`, enable: `label the pod template ${INJECT}: "true" (a sidecar takes precedence over ambient)` };
    }
    return { ref: ns.labelsRef, what: `Namespace ${ns.name} (${namespaceState(ns)})`, enable: `label Namespace ${ns.name} ${NS_INJECTION}=enabled or the pod template ${INJECT}: "true"` };
  }
  if (w.podLabels[DATAPLANE_MODE] === "ambient") {
    return { ref: { view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] }, what: `${DATAPLANE_MODE} ambient`, enable: `label the pod template ${INJECT}: "true" (a sidecar takes precedence over ambient)` };
  }
  return void 0;
}
function labelsField(w) {
  return w.labelsPath.slice(w.base.length).join(".");
}
function injectionRuledOut(w, inv) {
  const label2 = w.podLabels[INJECT];
  if (label2 === "false" || label2 === void 0 && w.podAnnotations[INJECT] === "false") return `${INJECT} is "false"`;
  if (w.podSpec["hostNetwork"] === true) return "hostNetwork pods are never injected";
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) return `${nsName} is never injected`;
  const ns = namespaceOf(w, inv);
  if (!ns) return void 0;
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === "enabled" ? void 0 : `Namespace ${ns.name} has ${namespaceState(ns)}`;
  if (typeof ns.labels[REV] === "string" || label2 === "true" || typeof w.podLabels[REV] === "string") return void 0;
  return `Namespace ${ns.name} does not enable injection`;
}

// rules/drain-settings-unused/index.ts
var NO_SIGNAL = "nothing says it is in the mesh";
var DURATION_KEYS = /* @__PURE__ */ new Set(["terminationDrainDuration", "termination_drain_duration", "drainDuration", "drain_duration"]);
var METADATA_KEYS = /* @__PURE__ */ new Set(["proxyMetadata", "proxy_metadata"]);
function drainSettings(view) {
  const value = view.value;
  if (!isRecord(value)) return [];
  const out = [];
  for (const [key, v] of Object.entries(value)) {
    if (DURATION_KEYS.has(key) && typeof v === "string" && v !== "") {
      out.push({ text: `${key} ${v}`, ref: { view, path: [key] } });
    } else if (METADATA_KEYS.has(key) && isRecord(v)) {
      for (const [name, mv] of Object.entries(v)) {
        if ((name === EZ || name === MIN) && typeof mv === "string" && mv !== "") out.push({ text: `${name} "${mv}"`, ref: { view, path: [key, name] } });
      }
    }
  }
  return out;
}
var drain_settings_unused_default = defineRule({
  meta: {
    id: "drain-settings-unused",
    severity: "info",
    description: 'Drain settings in the proxy.istio.io/config annotation of a pod that gets no sidecar (hostNetwork, sidecar.istio.io/inject "false", a system namespace, ambient mode, a Namespace that does not inject) are never read.',
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== "pod" || rw.sidecar.status !== "none" || rw.sidecar.reason === NO_SIGNAL) return;
        if (rw.admissionDenied) return;
        if (annotationNotLabel(w, ctx.inventory) || blockedByNamespace(w, ctx.inventory)) return;
        const view = w.proxyConfigAnnotation?.view;
        if (!view) return;
        const settings = drainSettings(view);
        const first = settings[0];
        if (!first) return;
        const cause = noSidecarCause(w, ctx.inventory);
        const related2 = settings.slice(1).map((s) => ({ message: `${s.text} (${PROXY_CONFIG_ANNOTATION} annotation)`, ref: s.ref }));
        if (cause?.ref) related2.push({ message: `no sidecar: ${cause.what}`, ref: cause.ref });
        const plural2 = settings.length > 1;
        const fix2 = cause?.enable ? `Remove ${plural2 ? "them" : "it"}, or, if the pod is meant to have a sidecar, ${cause.enable}.` : `Remove ${plural2 ? "them" : "it"}.`;
        ctx.report({
          at: first.ref,
          workload: w,
          message: `${joinWords(settings.map((s) => s.text))} in the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)} ${plural2 ? "are" : "is"} never read: the pod gets no sidecar (${rw.sidecar.reason}). ${fix2}`,
          related: related2
        });
      }
    };
  }
});

// rules/exit-on-zero-unbounded/ports.ts
var LONG_LIVED = {
  tcp: "TCP",
  tls: "TLS",
  grpc: "gRPC",
  "grpc-web": "gRPC-Web",
  mongo: "MongoDB",
  mongodb: "MongoDB",
  mysql: "MySQL",
  redis: "Redis",
  kafka: "Kafka",
  amqp: "AMQP",
  amqps: "AMQP",
  mqtt: "MQTT",
  nats: "NATS",
  postgres: "PostgreSQL",
  postgresql: "PostgreSQL",
  cassandra: "Cassandra",
  cql: "Cassandra",
  memcached: "Memcached",
  zookeeper: "ZooKeeper",
  websocket: "WebSocket",
  websockets: "WebSocket",
  ws: "WebSocket",
  wss: "WebSocket"
};
var K8S_APP_PROTOCOLS = {
  "kubernetes.io/h2c": void 0,
  // HTTP/2 cleartext: drained with GOAWAY
  "kubernetes.io/ws": "WebSocket",
  "kubernetes.io/wss": "WebSocket"
};
var WELL_KNOWN = { 3306: "MySQL", 27017: "MongoDB" };
var SHORT_LIVED = /* @__PURE__ */ new Set(["http", "http2", "https", "http_proxy", "udp"]);
function longLivedProtocol(name, appProtocol, port) {
  const declared2 = typeof appProtocol === "string" && appProtocol !== "" ? appProtocol : typeof name === "string" ? name : "";
  if (declared2 === appProtocol && Object.hasOwn(K8S_APP_PROTOCOLS, declared2)) return K8S_APP_PROTOCOLS[declared2];
  const lower = declared2.toLowerCase();
  const dash = lower.indexOf("-");
  const prefix = lower.startsWith("grpc-web") ? "grpc-web" : dash >= 0 ? lower.slice(0, dash) : lower;
  if (Object.hasOwn(LONG_LIVED, prefix)) return LONG_LIVED[prefix];
  if (SHORT_LIVED.has(prefix)) return void 0;
  return typeof port === "number" ? WELL_KNOWN[port] : void 0;
}
function label(name, port) {
  const n = typeof name === "string" && name !== "" ? `${name} ` : "";
  return `port ${n}${typeof port === "number" || typeof port === "string" ? String(port) : "(no number)"}`;
}
function notTcp(p) {
  return typeof p["protocol"] === "string" && p["protocol"].toUpperCase() !== "TCP";
}
function interceptedBy(w, gateway) {
  if (gateway) return () => true;
  const list = (v) => typeof v === "string" ? new Set(
    v.split(",").map((s) => s.trim()).filter((s) => s !== "")
  ) : void 0;
  const include = list(w.podAnnotations["traffic.sidecar.istio.io/includeInboundPorts"]);
  const exclude = list(w.podAnnotations["traffic.sidecar.istio.io/excludeInboundPorts"]);
  return (port) => {
    if (port === void 0) return true;
    if (include && !include.has("*") && !include.has(String(port))) return false;
    return !exclude?.has(String(port));
  };
}
function selectingServices2(w, inv, defaultNamespace) {
  return selectingServices(w, inv, { defaultNamespace });
}
function longLivedPorts(w, inv, gateway, defaultNamespace) {
  const out = [];
  const intercepted = interceptedBy(w, gateway);
  const add = (p, path5, view, number, target, owner) => {
    if (notTcp(p)) return;
    const proto = longLivedProtocol(p["name"], p["appProtocol"], number);
    if (!proto || !intercepted(target)) return;
    const key = typeof p["appProtocol"] === "string" && p["appProtocol"] !== "" ? "appProtocol" : typeof p["name"] === "string" && p["name"] !== "" ? "name" : void 0;
    const ref = { view, path: key ? [...path5, key] : path5 };
    const what = label(p["name"], number);
    out.push({ text: `${proto} on ${what} of ${owner}`, ref, related: `${what} of ${owner} (${proto})` });
  };
  const containerPorts = [];
  const portByName = /* @__PURE__ */ new Map();
  for (const c of w.containers) {
    if (!gateway && c.name === PROXY_CONTAINER) continue;
    if (c.init && c.value["restartPolicy"] !== "Always") continue;
    const ports = c.value["ports"];
    if (!Array.isArray(ports)) continue;
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      if (typeof p["name"] === "string" && typeof p["containerPort"] === "number") portByName.set(p["name"], p["containerPort"]);
      containerPorts.push({ p, path: [...c.path, "ports", i], owner: `container ${c.name || "(unnamed)"}` });
    });
  }
  const targeted = /* @__PURE__ */ new Set();
  for (const svc of selectingServices2(w, inv, defaultNamespace)) {
    const ports = get(svc.value, ["spec", "ports"]);
    if (!Array.isArray(ports)) continue;
    const owner = `Service ${svc.namespace ? `${svc.namespace}/` : ""}${svc.name ?? "(unnamed)"}`;
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      const tp = p["targetPort"] ?? p["port"];
      const target = typeof tp === "number" ? tp : typeof tp === "string" ? portByName.get(tp) : void 0;
      if (target !== void 0 && !notTcp(p)) targeted.add(target);
      add(p, [...svc.base, "spec", "ports", i], svc.view, p["port"], target, owner);
    });
  }
  for (const { p, path: path5, owner } of containerPorts) {
    const number = p["containerPort"];
    if (typeof number === "number" && targeted.has(number)) continue;
    add(p, path5, w.view, number, typeof number === "number" ? number : void 0, owner);
  }
  if (w.origin === "iop-gateway") {
    const ports = get(w.value, ["k8s", "service", "ports"]);
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (isRecord(p)) add(p, [...w.base, "k8s", "service", "ports", i], w.view, p["port"], void 0, `the ${w.name} Service (k8s.service)`);
      });
    }
  }
  if (w.origin === "gateway-api") {
    const listeners = get(w.value, ["spec", "listeners"]);
    if (Array.isArray(listeners)) {
      listeners.forEach((l, i) => {
        if (!isRecord(l) || typeof l["protocol"] !== "string") return;
        const proto = { TCP: "TCP", TLS: "TLS" }[l["protocol"].toUpperCase()];
        if (!proto) return;
        const what = `listener ${typeof l["name"] === "string" ? `${l["name"]} ` : ""}(port ${String(l["port"] ?? "?")})`;
        out.push({ text: `${proto} on ${what}`, ref: { view: w.view, path: [...w.base, "spec", "listeners", i, "protocol"] }, related: `${what} (${proto})` });
      });
    }
  }
  return out;
}

// rules/exit-on-zero-unbounded/index.ts
var SHOWN = 3;
function annotationPlace(w) {
  if (w.origin === "iop-gateway") return "in its k8s.podAnnotations";
  if (w.origin === "gateway-api") return w.annotationsPath.includes("infrastructure") ? "in spec.infrastructure.annotations" : "in the Gateway annotations";
  return w.kind === "Pod" ? "in the Pod's annotations" : "on the pod template";
}
var exit_on_zero_unbounded_default = defineRule({
  meta: {
    id: "exit-on-zero-unbounded",
    severity: "info",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a proxy that serves long-lived connections (TCP, gRPC, WebSocket, databases…) of unknown lifetime: only the SIGKILL at terminationGracePeriodSeconds ends its drain.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        const w = rw.workload;
        if (rw.lifetime !== void 0 || w.podAnnotations[LIFETIME_ANNOTATION] !== void 0) return;
        const ports = longLivedPorts(w, ctx.inventory, rw.gateway, ctx.config.defaultNamespace);
        if (ports.length === 0) return;
        const noun = proxyNoun(rw);
        const shown2 = ports.slice(0, SHOWN).map((p) => p.text);
        const list = ports.length > SHOWN ? `${shown2.join(", ")} and ${ports.length - SHOWN} more` : shown2.join(", ");
        const involved = [rw.ez, rw.min];
        const whose = pointedSetting(involved)?.prov.level === "mesh" ? ` of ${workloadName(rw)}` : "";
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and the ${noun}${whose} serves connections that outlive a request (${list}): the drain does not force them closed, so after MINIMUM_DRAIN_DURATION ${seconds(rw.min)} the ${noun} waits for them with no bound but kubelet's SIGKILL at ${seconds(rw.grace, "terminationGracePeriodSeconds")}, and nothing says whether they end before it. Declare their lifetime with the ${LIFETIME_ANNOTATION} annotation ${annotationPlace(w)} (e.g. "120s") so it is checked against the grace period, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so the count can reach zero.${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: [
            ...withoutPointed(
              relatedValues([
                ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
                ["MINIMUM_DRAIN_DURATION", rw.min],
                ["terminationGracePeriodSeconds", rw.grace.prov.level === "default" ? void 0 : rw.grace]
              ]),
              pointedSetting(involved)
            ),
            ...ports.map((p) => ({ message: p.related, ref: p.ref }))
          ]
        });
      }
    };
  }
});

// rules/global-lifecycle-override/lifecycles.ts
var NATIVE_ANNOTATION = "sidecar.istio.io/nativeSidecar";
var DRAIN_HOOK = "pilot-agent request --debug-port=15020 POST drain";
var WAIT_HOOK = "pilot-agent wait";
var IGNORE_ANNOTATION = "drainlint.io/ignore";
function revisionOf2(w, inv) {
  const label2 = w.podLabels["istio.io/rev"];
  if (typeof label2 === "string") return label2 === "default" ? "" : label2;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : void 0;
  const nsRev = ns ? get(ns.value, ["metadata", "labels", "istio.io/rev"]) : void 0;
  return typeof nsRev === "string" && nsRev !== "default" ? nsRev : "";
}
var cache = /* @__PURE__ */ new WeakMap();
function globalLifecycles(inv) {
  const hit = cache.get(inv);
  if (hit) return hit;
  const out = inv.globalLifecycles.map((l) => {
    const proxyPath = l.ref.path.slice(0, -1);
    const hold = get(l.ref.view.value, [...proxyPath, "holdApplicationUntilProxyStarts"]) === true;
    return { ...l, hold: hold ? { view: l.ref.view, path: [...proxyPath, "holdApplicationUntilProxyStarts"] } : void 0 };
  });
  for (const cm of injectorConfigMaps(inv)) {
    const host = { view: cm.view, path: [...cm.base, "data", "values"] };
    const parsed = parseEmbedded(host);
    if (!parsed.view) continue;
    const lifecycle = get(parsed.view.value, ["global", "proxy", "lifecycle"]);
    if (!hasContent(lifecycle)) continue;
    const name = cm.name ?? "istio-sidecar-injector";
    const hold = get(parsed.view.value, ["global", "proxy", "holdApplicationUntilProxyStarts"]) === true;
    out.push({
      name: "values.global.proxy.lifecycle",
      value: lifecycle,
      ref: { view: parsed.view, path: ["global", "proxy", "lifecycle"] },
      revision: name === "istio-sidecar-injector" ? "" : name.slice("istio-sidecar-injector-".length),
      label: `ConfigMap ${cm.namespace ?? "istio-system"}/${name} data.values`,
      hold: hold ? { view: parsed.view, path: ["global", "proxy", "holdApplicationUntilProxyStarts"] } : void 0
    });
  }
  cache.set(inv, out);
  return out;
}
function injectorConfigMaps(inv) {
  return inv.others.filter((o) => o.kind === "ConfigMap" && /^istio-sidecar-injector(-|$)/.test(o.name ?? "") && typeof get(o.value, ["data", "values"]) === "string");
}
function hasContent(v) {
  return v !== void 0 && v !== null && !(isRecord(v) && Object.keys(v).length === 0);
}
function reaches(l, wRev) {
  return l.revision === wRev || wRev !== "" && l.revision === "";
}
function lifecycleFor(rw, inv) {
  const rev = revisionOf2(rw.workload, inv);
  const all = globalLifecycles(inv).filter((l) => reaches(l, rev));
  return all.filter((l) => l.revision === rev).pop() ?? all.pop();
}
function rendersGlobalLifecycle(rw) {
  const w = rw.workload;
  if (rw.sidecar.status === "none" || rw.admissionDenied) return false;
  if (w.origin === "iop-gateway") return false;
  if (w.origin === "gateway-api") return w.gatewayClass === "istio";
  return typeof w.podAnnotations["sidecar.istio.io/status"] !== "string";
}
function argv(hook) {
  const command = isRecord(hook) && isRecord(hook["exec"]) ? hook["exec"]["command"] : void 0;
  return Array.isArray(command) ? command.map(String) : void 0;
}
var base = (p) => p.slice(p.lastIndexOf("/") + 1);
function isDrainHook(preStop) {
  const a = argv(preStop);
  if (!a || a.length === 0) return false;
  const text = a.join(" ");
  return base(a[0]) === "pilot-agent" && a.includes("drain") || /(^|[\s/])pilot-agent\s+request\b.*\bdrain\b/.test(text);
}
function isWaitHook(postStart) {
  const a = argv(postStart);
  if (!a || a.length === 0) return false;
  return base(a[0]) === "pilot-agent" && a[1] === "wait" || /(^|[\s/])pilot-agent\s+wait\b/.test(a.join(" "));
}
function nativeEffective(rw, istioVersion) {
  if (rw.mode.value !== "native") return false;
  return !(rw.mode.prov.level === "annotation" && istioVersion !== void 0 && compareVersions(istioVersion, "1.24") < 0);
}
function drainHookLoss(rw, inv, istioVersion) {
  if (rw.mode.value !== "native") return void 0;
  const proxy = proxyContainer(rw.workload);
  const userLifecycle = proxy && isRecord(proxy.value["lifecycle"]) ? proxy.value["lifecycle"] : void 0;
  if (userLifecycle && userLifecycle["preStop"] !== void 0) {
    if (isDrainHook(userLifecycle["preStop"])) return void 0;
    return { what: "is replaced by the preStop of the istio-proxy container", ref: { view: rw.workload.view, path: [...proxy.path, "lifecycle", "preStop"], target: "key" } };
  }
  const global = lifecycleFor(rw, inv);
  if (global) {
    if (isRecord(global.value) && isDrainHook(global.value["preStop"])) return void 0;
    return { what: `is replaced by values.global.proxy.lifecycle (${global.label})`, ref: { ...global.ref, target: "key" } };
  }
  if (istioVersion && compareVersions(istioVersion, "1.21") < 0) return { what: `is missing (Istio ${istioVersion} injects none; added in 1.21)` };
  return void 0;
}
function holdSetting(rw, inv) {
  let field;
  for (const m of rw.meshSources) {
    for (const dc of ["defaultConfig", "default_config"]) {
      for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
        const v = get(m.value, [dc, key]);
        if (typeof v === "boolean") field = { value: v, prov: { level: "mesh", source: `mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, dc, key] } } };
      }
    }
  }
  const ann = rw.workload.proxyConfigAnnotation?.view;
  if (ann && isRecord(ann.value)) {
    for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
      const v = ann.value[key];
      if (typeof v === "boolean") field = { value: v, prov: { level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann, path: [key] } } };
    }
  }
  if (field?.value) return field;
  const values = valuesHold(rw, inv);
  if (values) return { value: true, prov: values };
  return void 0;
}
function valuesHold(rw, inv) {
  const rev = revisionOf2(rw.workload, inv);
  const sites = [];
  for (const iop of inv.istioOperators) {
    const path5 = [...iop.base, "spec", "values", "global", "proxy", "holdApplicationUntilProxyStarts"];
    const revision = get(iop.value, ["spec", "revision"]);
    if (get(iop.view.value, path5) === true) sites.push({ ref: { view: iop.view, path: path5 }, revision: typeof revision === "string" ? revision : "", label: `IstioOperator ${iop.namespace ?? "istio-system"}/${iop.name ?? "(unnamed)"}` });
  }
  for (const m of inv.meshSources) {
    if (m.kind !== "HelmValues") continue;
    const path5 = [...m.resource.base, "global", "proxy", "holdApplicationUntilProxyStarts"];
    if (get(m.view.value, path5) === true) sites.push({ ref: { view: m.view, path: path5 }, revision: m.revision, label: m.label });
  }
  for (const l of globalLifecycles(inv)) {
    if (l.hold && !sites.some((s) => s.ref.view === l.hold.view && s.ref.path.join("/") === l.hold.path.join("/"))) sites.push({ ref: l.hold, revision: l.revision, label: l.label });
  }
  const own = sites.filter((s) => reaches(s, rev));
  const pick = own.filter((s) => s.revision === rev).pop() ?? own.pop();
  return pick ? { level: "mesh", source: `values.global.proxy.holdApplicationUntilProxyStarts (${pick.label})`, ref: pick.ref } : void 0;
}
function ignores(w, ruleId) {
  const v = w.podAnnotations[IGNORE_ANNOTATION];
  return typeof v === "string" && v.split(",").map((s) => s.trim()).some((s) => s === "*" || s === ruleId);
}

// rules/exit-on-zero-version-bug/index.ts
var ID = "exit-on-zero-version-bug";
var AMBIENT_LABEL = "istio.io/dataplane-mode";
var exit_on_zero_version_bug_default = defineRule({
  meta: {
    id: ID,
    severity: "info",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a target Istio version where it misbehaves: it never sees zero connections (1.12.0–1.13.4, ambient gateways and waypoints before 1.29.6 and 1.30.3) or one failed stats request ends the drain at once (1.14–1.22).",
    fixable: false
  },
  create(ctx) {
    const v = ctx.config.istioVersion;
    if (!v) return {};
    const at4 = (x) => compareVersions(v, x);
    const general = at4("1.12") >= 0 && at4("1.13.5") < 0 ? "no-stats" : at4("1.14") >= 0 && at4("1.23") < 0 ? "one-error" : void 0;
    const ambientBug = at4("1.29.6") < 0 || at4("1.30") >= 0 && at4("1.30.3") < 0;
    const key = (rw) => rw.ez.prov.ref ? `${rw.ez.prov.ref.view.file.path}#${rw.ez.prov.ref.view.index}:${rw.ez.prov.ref.path.join("/")}` : "";
    const meshAmbient = /* @__PURE__ */ new Map();
    const once = /* @__PURE__ */ new Set();
    return {
      workload(rw) {
        if (!rw.ez.value || rw.sidecar.status === "none" || rw.admissionDenied || ignores(rw.workload, ID)) return;
        if (nativeEffective(rw, v) && !drainHookLoss(rw, ctx.inventory, v)) return;
        const ambient = ambientBug && isAmbientGateway(rw, ctx.inventory);
        if (!general && !ambient) return;
        const mesh = rw.ez.prov.level === "mesh";
        const name = (x) => `${workloadName(x)}${x.workload.gatewayClass === "istio-waypoint" ? " (waypoint)" : ""}`;
        if (mesh && ambient) meshAmbient.set(key(rw), [...meshAmbient.get(key(rw)) ?? [], name(rw)]);
        if (mesh && !general) {
          if (once.has(key(rw))) return;
          once.add(key(rw));
        }
        const g = mesh || rw.grace.value === void 0 ? "terminationGracePeriodSeconds" : `terminationGracePeriodSeconds ${seconds(rw.grace)}`;
        const who = mesh ? "each proxy that has it" : `the ${proxyNoun(rw)}`;
        const ezText = `${EZ} "${rw.proxyEnv.get(EZ)?.value ?? "true"}" (${origin(rw.ez.prov)})`;
        const waypoint = rw.workload.gatewayClass === "istio-waypoint";
        const assumed = mesh ? "" : assumedNote(rw);
        const meshKey = key(rw);
        const message = () => {
          const clauses = [];
          let fix2 = "";
          if (general === "no-stats") {
            clauses.push(`1.12.0–1.13.4 do not enable the downstream_cx_active statistics it counts, so ${who} never sees zero connections and lives until SIGKILL at ${g} (istio#37573)`);
            fix2 = "Upgrade to Istio 1.13.5 or later, or turn it off and size terminationDrainDuration instead.";
          } else if (general === "one-error") {
            clauses.push(`on 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the drain of ${who} at once, even with connections still open (istio#50596)`);
            fix2 = "Upgrade to Istio 1.23 or later, which retries the stats request up to 5 times.";
          }
          const targets = mesh ? meshAmbient.get(meshKey) ?? [] : ambient ? ["this"] : [];
          if (targets.length > 0) {
            const one = targets.length === 1;
            const subject = mesh ? `the ambient ${one ? "gateway" : "gateways"} ${joinWords([...targets].sort())}` : `this ${waypoint ? "waypoint" : "ambient gateway"}`;
            clauses.push(`${subject} ${one ? "counts" : "count"} the in-process connections of Envoy's HBONE internal listeners, so ${one ? "it never sees" : "they never see"} zero connections and ${one ? "waits" : "wait"} until SIGKILL at ${g} (istio#60728)`);
            const upgrade = at4("1.30") >= 0 ? "Istio 1.30.3 or later" : "Istio 1.29.6 or a later release (1.30.3, 1.31)";
            fix2 = `Upgrade to ${upgrade}, or turn it off for ${one && !mesh ? "this gateway" : one ? "that gateway" : "those gateways"} and size terminationDrainDuration instead.`;
          }
          return clauses.length === 0 ? void 0 : `${ezText} misbehaves on Istio ${v}: ${clauses.join("; ")}. ${fix2}${assumed}`;
        };
        const mentionsG = !mesh && (general === "no-stats" || ambient);
        const now = mesh ? void 0 : message();
        if (!mesh && now === void 0) return;
        ctx.reportDrainSetting({
          workload: rw,
          involved: [rw.ez],
          message: now ?? (() => message()),
          related: withoutPointed(relatedValues([[EZ, rw.ez], ["terminationGracePeriodSeconds", mentionsG ? rw.grace : void 0]]), pointedSetting([rw.ez]))
        });
      }
    };
  }
});
function isAmbientGateway(rw, inv) {
  if (!rw.gateway) return false;
  const w = rw.workload;
  if (w.gatewayClass === "istio-waypoint" || w.gatewayClass === "istio-east-west") return true;
  const own = get(w.value, ["metadata", "labels", AMBIENT_LABEL]);
  if (w.podLabels[AMBIENT_LABEL] === "ambient" || own === "ambient") return true;
  if (w.podLabels[AMBIENT_LABEL] !== void 0) return false;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : void 0;
  return ns !== void 0 && get(ns.value, ["metadata", "labels", AMBIENT_LABEL]) === "ambient";
}

// rules/gateway-drain-too-short/index.ts
var PARAMETERS = "in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef";
var gateway_drain_too_short_default = defineRule({
  meta: {
    id: "gateway-drain-too-short",
    severity: "warning",
    description: "A gateway stops serving before external load balancers stop sending to it (its drain is shorter than the deregistration delay, or the 5s default), or a waypoint is killed by the 2s grace period of Istio ≤ 1.27.",
    fixable: false
  },
  create(ctx) {
    const dereg = ctx.config.gatewayDeregistrationDelay;
    const deregValue = dereg ? { value: dereg.seconds, prov: { level: "config", source: "gatewayDeregistrationDelay in the config file", ref: dereg.ref } } : void 0;
    return {
      workload(rw) {
        if (!rw.gateway || rw.sidecar.status === "none" || rw.admissionDenied) return;
        const g = rw.grace.value;
        const pp = rw.proxyPreStop.seconds;
        if (g === void 0 || pp === void 0) return;
        const ez = rw.ez.value;
        const end = pp + (ez ? rw.min.value + 1 : rw.tdd.value);
        const w = rw.workload;
        const afterPreStop = pp > 0 ? ` after its preStop (${seconds(rw.proxyPreStop)})` : "";
        const drainRelated = relatedValues([
          ["terminationDrainDuration", ez ? void 0 : rw.tdd],
          ["MINIMUM_DRAIN_DURATION", ez ? rw.min : void 0],
          ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
          ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
        ]);
        if (hardcodedWaypointGrace(rw, ctx.config)) {
          const l = rw.lifetime;
          const before = [];
          if (end > g) {
            const drain = ez ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}): MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus the first 1s connection check${afterPreStop}` : `terminationDrainDuration ${seconds(rw.tdd)}${afterPreStop}`;
            before.push(`before its drain ends at ${formatSeconds(end)} (${drain})`);
          }
          if (l && l.value > g) before.push(`before requests or connections that may stay in flight for ${seconds(l, "connection lifetime")} finish`);
          if (before.length === 0) return;
          ctx.report({
            at: rw.grace.prov.ref,
            workload: w,
            message: `The waypoint template of Istio ${ctx.config.istioVersion} hard-codes terminationGracePeriodSeconds: 2, so kubelet kills this gateway 2s after it starts terminating, ${joinWords(before)}. Upgrade to Istio ≥ 1.28 (grace period 30s by default), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least ${atLeast(end, l?.value)} ${PARAMETERS}.`,
            related: [...drainRelated, ...relatedValues([["connection lifetime", l && l.value > g ? l : void 0]])]
          });
          return;
        }
        if (!behindLoadBalancer(rw)) return;
        const served = Math.min(end, g);
        const cut = g < end ? `; kubelet kills it at ${formatSeconds(g)}, terminationGracePeriodSeconds ${seconds(rw.grace)}` : "";
        const window = ez ? `for as little as ${formatSeconds(served)} after it starts terminating (EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}), so it exits at the first check that finds no open connection: MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus 1s${afterPreStop}${cut})` : `for only ${formatSeconds(served)} after it starts terminating (terminationDrainDuration ${seconds(rw.tdd)}${afterPreStop}${cut})`;
        const involved = ez ? [rw.min, rw.ez] : [rw.tdd, rw.ez];
        const severity = rw.graceOptOut ? "info" : void 0;
        if (deregValue) {
          if (end >= deregValue.value) return;
          const need = atLeast(deregValue.value);
          const fixes = [ez ? `set MINIMUM_DRAIN_DURATION to at least "${formatSeconds(Math.max(0, Math.ceil(need - pp - 1)))}" (the first connection check comes 1s later)` : `raise terminationDrainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`];
          const ddNeeded = pp + rw.dd.value < need;
          if (ddNeeded) fixes.push(`drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`);
          const gNeeded = g < need;
          if (gNeeded) fixes.push(`terminationGracePeriodSeconds to at least ${need}${graceHint(rw)}`);
          const fix2 = joinWords(fixes);
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity,
            message: `The gateway keeps serving ${window}, but load balancers keep sending to it for ${seconds(deregValue)}: connections they open after ${formatSeconds(served)} are refused. ${fix2.charAt(0).toUpperCase()}${fix2.slice(1)}.${assumedNote(rw)}`,
            related: withoutPointed(
              [
                ...relatedValues([["gatewayDeregistrationDelay", deregValue]]),
                ...drainRelated,
                ...relatedValues([
                  ["drainDuration", ddNeeded ? rw.dd : void 0],
                  ["terminationGracePeriodSeconds", gNeeded ? rw.grace : void 0]
                ])
              ],
              pointedSetting(involved)
            )
          });
          return;
        }
        const defaults = pp === 0 && (ez ? rw.min.prov.level === "default" : rw.tdd.prov.level === "default");
        if (!defaults || end > g) return;
        const knob = ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: "info",
          message: `The gateway keeps serving ${window} and no gatewayDeregistrationDelay is configured: an external load balancer that sends to a terminating pod for longer (its deregistration delay) gets refused connections. Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time and raise ${knob} to at least that (with terminationGracePeriodSeconds above it).${assumedNote(rw)}`,
          related: withoutPointed(drainRelated, pointedSetting(involved))
        });
      }
    };
  }
});

// rules/global-lifecycle-override/index.ts
var ID2 = "global-lifecycle-override";
var PRESTOP = "preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}}";
var POSTSTART = "postStart: {exec: {command: [pilot-agent, wait]}}";
var global_lifecycle_override_default = defineRule({
  meta: {
    id: ID2,
    severity: "warning",
    description: "values.global.proxy.lifecycle replaces the whole istio-proxy lifecycle of every injected sidecar and gateway, dropping the native sidecar's /drain preStop and the pilot-agent wait postStart of holdApplicationUntilProxyStarts.",
    fixable: false
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    const drainHookExists = !istio || compareVersions(istio, "1.21") >= 0;
    const reach = /* @__PURE__ */ new Map();
    for (const l of globalLifecycles(ctx.inventory)) reach.set(l, { sidecars: 0, gateways: 0, loseDrain: [], loseWait: [], related: [] });
    const keeps = (l) => {
      const lifecycle = isRecord(l.value) ? l.value : {};
      return { keepsDrain: isDrainHook(lifecycle["preStop"]), keepsWait: isWaitHook(lifecycle["postStart"]) };
    };
    return {
      workload(rw) {
        if (!rendersGlobalLifecycle(rw) || ignores(rw.workload, ID2)) return;
        const l = lifecycleFor(rw, ctx.inventory);
        const r = l && reach.get(l);
        if (!l || !r) return;
        if (rw.gateway) {
          r.gateways++;
          return;
        }
        r.sidecars++;
        const { keepsDrain, keepsWait } = keeps(l);
        const relate = (message, ref) => addRelated(r.related, message, ref);
        const own = proxyContainer(rw.workload);
        const ownLifecycle = own && isRecord(own.value["lifecycle"]) ? own.value["lifecycle"] : {};
        if (rw.mode.value === "native") {
          if (drainHookExists && !keepsDrain && ownLifecycle["preStop"] === void 0) {
            r.loseDrain.push(workloadName(rw));
            relate(`native sidecar mode (${rw.mode.prov.source})`, rw.mode.prov.ref);
          }
        } else {
          const hold = holdSetting(rw, ctx.inventory);
          if (hold && !keepsWait && ownLifecycle["postStart"] === void 0) {
            r.loseWait.push(workloadName(rw));
            relate(`holdApplicationUntilProxyStarts true (${hold.prov.source})`, hold.prov.ref);
          }
        }
      },
      end() {
        for (const [l, r] of reach) report(l, r);
      }
    };
    function report(l, r) {
      const { keepsDrain, keepsWait } = keeps(l);
      const { loseDrain, loseWait, related: related2 } = r;
      const relate = (message2, ref) => addRelated(related2, message2, ref);
      const where = origin({ level: "mesh", source: l.label, ref: { ...l.ref, target: "key" } });
      const reach2 = reachText(r.sidecars, r.gateways);
      const lost = [];
      if (loseDrain.length > 0) {
        lost.push(`the native ${plural(loseDrain.length, "sidecar")} of ${names(loseDrain)} lose${loseDrain.length === 1 ? "s" : ""} the preStop \`${DRAIN_HOOK}\`, so ${loseDrain.length === 1 ? "it drains" : "they drain"} only after the app has exited`);
      }
      if (loseWait.length > 0) {
        lost.push(`${names(loseWait)} lose${loseWait.length === 1 ? "s" : ""} the postStart \`${WAIT_HOOK}\` of holdApplicationUntilProxyStarts, so ${loseWait.length === 1 ? "its app" : "their apps"} can start before the proxy is ready`);
      }
      if (loseDrain.length === 0 && drainHookExists && !keepsDrain) {
        const native = meshNative(ctx, l);
        if (native) {
          lost.push(`native sidecars (${native.text}) lose the preStop \`${DRAIN_HOOK}\`, so they drain only after the app has exited`);
          relate(native.related, native.ref);
        }
      }
      if (loseWait.length === 0 && !keepsWait) {
        const hold = meshHold(ctx, l);
        if (hold) {
          lost.push(`sidecars that hold the app until the proxy starts (${hold.text}) lose the postStart \`${WAIT_HOOK}\`, so their apps can start before the proxy is ready`);
          relate(hold.related, hold.ref);
        }
      }
      const needDrain = !keepsDrain && lost.some((t) => t.includes(DRAIN_HOOK));
      const needWait = !keepsWait && lost.some((t) => t.includes(WAIT_HOOK));
      const addHooks = [!keepsDrain ? PRESTOP : void 0, !keepsWait ? POSTSTART : void 0].filter(Boolean);
      let message;
      if (lost.length > 0) {
        const fix2 = [needDrain ? PRESTOP : void 0, needWait ? POSTSTART : void 0].filter(Boolean).join(" and ");
        message = `values.global.proxy.lifecycle (${where}) replaces the whole istio-proxy lifecycle the injector renders into ${reach2}: ${lost.join("; ")}. Add ${fix2} to it, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.`;
      } else {
        const later = [!keepsDrain ? "native sidecars" : void 0, !keepsWait ? "holdApplicationUntilProxyStarts" : void 0].filter(Boolean);
        const rest = addHooks.length === 0 ? "It runs the native /drain preStop and the pilot-agent wait postStart itself, so nothing is lost." : `No workload here loses a hook to it now, but ${later.join(" or ")} turned on later would silently lose ${later.length === 1 ? "its hook" : "their hooks"} unless it also holds ${addHooks.join(" and ")}.`;
        message = `values.global.proxy.lifecycle (${where}) replaces the whole istio-proxy lifecycle the injector renders into ${reach2}. ${rest}`;
      }
      ctx.report({
        at: { ...l.ref, target: "key" },
        severity: lost.length > 0 ? "warning" : "info",
        message,
        related: related2
      });
    }
  }
});
function addRelated(related2, message, ref) {
  if (ref && !related2.some((x) => x.ref.view === ref.view && x.ref.path.join("/") === ref.path.join("/"))) related2.push({ message, ref });
}
function meshNative(ctx, l) {
  const env = ctx.inventory.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS" && e.revision === l.revision).pop();
  const value = env ? String(env.value) : void 0;
  if (env && value === "true") return { text: `ENABLE_NATIVE_SIDECARS=true, ${origin({ level: "mesh", source: env.label, ref: env.ref })}`, related: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, ref: env.ref };
  const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
  const auto = value === "auto" || value === void 0 && istio !== void 0 && compareVersions(istio, "1.27") >= 0;
  if (auto && k8s && compareVersions(k8s, "1.33") >= 0) return { text: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${k8s}`, related: `ENABLE_NATIVE_SIDECARS=auto (${env?.label ?? "default"})`, ref: env?.ref };
  return void 0;
}
function meshHold(ctx, l) {
  let found;
  for (const m of ctx.inventory.meshSources) {
    if (m.embedError || (ctx.resolution.meshProblems.get(m)?.length ?? 0) > 0 || !(m.revision === l.revision || m.shared)) continue;
    for (const dc of ["defaultConfig", "default_config"]) {
      for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
        const v = get(m.value, [dc, key]);
        if (typeof v !== "boolean") continue;
        const ref = { view: m.view, path: [...m.path, dc, key] };
        const source = `${key} in the mesh config in ${m.label}`;
        found = v ? { text: origin({ level: "mesh", source, ref }), related: `holdApplicationUntilProxyStarts true (mesh config in ${m.label})`, ref } : void 0;
      }
    }
  }
  if (found) return found;
  if (l.hold) {
    const source = `values.global.proxy.holdApplicationUntilProxyStarts in ${l.label}`;
    return { text: origin({ level: "mesh", source, ref: l.hold }), related: `holdApplicationUntilProxyStarts true (values.global.proxy, ${l.label})`, ref: l.hold };
  }
  return void 0;
}
function reachText(sidecars, gateways) {
  if (sidecars + gateways === 0) return "every injected sidecar and gateway (none in this run)";
  const parts = [sidecars > 0 ? `${sidecars} ${plural(sidecars, "sidecar")}` : void 0, gateways > 0 ? `${gateways} ${plural(gateways, "gateway")}` : void 0].filter(Boolean);
  return `every injected sidecar and gateway (${parts.join(" and ")} in this run)`;
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}
function names(workloads) {
  const all = [...workloads].sort();
  return all.length <= 3 ? joinWords(all) : `${all.slice(0, 3).join(", ")} and ${all.length - 3} more`;
}

// rules/inject-annotation-not-label/index.ts
function at(ref) {
  return `${ref.view.file.path}:${locate(ref).line}`;
}
var inject_annotation_not_label_default = defineRule({
  meta: {
    id: "inject-annotation-not-label",
    severity: "error",
    description: 'sidecar.istio.io/inject: "true" is written as a pod-template annotation in a Namespace that does not enable injection: the injection webhook selects pods by label only, so the pod gets no sidecar.',
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = annotationNotLabel(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const blocked = NS_INJECTION in ns.labels;
        const nsRef = ns.injectionRef ?? ns.labelsRef;
        const nsText = blocked ? `Namespace ${ns.name} has ${namespaceState(ns)} (${at(nsRef)}), which blocks injection even for a labelled pod` : `Namespace ${ns.name} (${namespaceState(ns)}, ${at(nsRef)}) does not enable injection`;
        const fix2 = blocked ? `Make it a label: move it to ${labelsField(w)} as ${INJECT}: "true", and remove the ${NS_INJECTION} label of Namespace ${ns.name} (or set it to enabled).` : `Make it a label: move it to ${labelsField(w)} as ${INJECT}: "true".`;
        ctx.report({
          at: hit.at,
          workload: w,
          message: `${INJECT}: "${hit.value}" is a pod annotation, but the injection webhook's objectSelector matches labels only and ${nsText}, so the pod gets no sidecar and none of its proxy settings apply. ${fix2}`,
          related: [{ message: `Namespace ${ns.name} (${namespaceState(ns)})`, ref: nsRef }]
        });
      }
    };
  }
});

// rules/injection-blocked-by-namespace/index.ts
function at2(ref) {
  return `${ref.view.file.path}:${locate(ref).line}`;
}
var injection_blocked_by_namespace_default = defineRule({
  meta: {
    id: "injection-blocked-by-namespace",
    severity: "warning",
    description: 'A pod opts in to sidecar injection by label (sidecar.istio.io/inject: "true" or istio.io/rev), but its Namespace has an istio-injection label other than "enabled", which blocks every injection webhook.',
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = blockedByNamespace(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const nsRef = ns.injectionRef;
        const labels = hit.other ? `the labels ${hit.label}: "${hit.value}" and ${hit.other.label}: "${hit.other.value}"` : `the label ${hit.label}: "${hit.value}"`;
        const nsFix = hit.label === REV || hit.other ? `remove the ${NS_INJECTION} label from Namespace ${ns.name}` : `remove the ${NS_INJECTION} label from Namespace ${ns.name} (or set it to enabled)`;
        const related2 = [{ message: `Namespace ${ns.name} label ${namespaceState(ns)}`, ref: nsRef }];
        if (hit.other) related2.push({ message: `pod label ${hit.other.label}: "${hit.other.value}"`, ref: hit.other.ref });
        ctx.report({
          at: hit.at,
          workload: w,
          message: `The pod template opts in to sidecar injection with ${labels}, but Namespace ${ns.name} has ${namespaceState(ns)} (${at2(nsRef)}): the namespace webhook needs ${NS_INJECTION}=enabled and the ${INJECT}/${REV} ones need no ${NS_INJECTION} key at all, so the pod gets no sidecar. To inject it, ${nsFix}; to keep it out of the mesh, drop the pod's ${hit.other ? "labels" : "label"}.`,
          related: related2
        });
      }
    };
  }
});

// rules/invalid-duration/drain-values.ts
var import_yaml3 = __toESM(require_dist(), 1);
var EZ2 = "EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
var MIN2 = "MINIMUM_DRAIN_DURATION";
var TDDS2 = "TERMINATION_DRAIN_DURATION_SECONDS";
var METADATA_KEYS2 = ["proxyMetadata", "proxy_metadata"];
var DEFAULT_CONFIG_KEYS = ["defaultConfig", "default_config"];
function admissionDenial(rw, problem) {
  if (rw?.sidecar.status === "none") {
    return `the sidecar injector ${problem} and denies the pod as soon as it is injected (today it is not: ${rw.sidecar.reason})`;
  }
  return `the sidecar injector ${problem}, so admission denies the pod and it is never created${rw ? assumedNote(rw) : ""}`;
}
function realProblem(p) {
  return p.value !== null && p.value !== void 0;
}
function meshDiscarded(ctx, m) {
  return Boolean(m.embedError) || (ctx.resolution.meshProblems.get(m) ?? []).some(realProblem);
}
function podDenied(rw) {
  if (!rw.admissionDenied) return false;
  const ann = rw.workload.proxyConfigAnnotation;
  if (!ann?.view || ann.error || !isRecord(ann.view.value)) return true;
  return rw.annotationProblems.some(realProblem);
}
function rejectedCrValues(pc) {
  const env = get(pc.value, ["spec", "environmentVariables"]);
  if (!isRecord(env)) return [];
  return Object.entries(env).filter(([, v]) => typeof v !== "string" && v !== null && v !== void 0);
}
function meshResource(m) {
  return resourceId(m.resource);
}
function crResource(pc) {
  return resourceId(pc);
}
function crLabel(pc) {
  return `ProxyConfig ${pc.namespace ? `${pc.namespace}/` : ""}${pc.name ?? "(unnamed)"}`;
}
function metadataSites(out, view, path5, pc, where, extra, origin2) {
  if (!isRecord(pc)) return;
  for (const key of METADATA_KEYS2) {
    const md = pc[key];
    if (!isRecord(md)) continue;
    for (const [name, value] of Object.entries(md)) {
      out.push({ origin: origin2, name, value, ref: { view, path: [...path5, key, name] }, where: where(key), ...extra });
    }
  }
}
function resourceEnvSites(ctx) {
  const out = [];
  for (const m of ctx.inventory.meshSources) {
    if (meshDiscarded(ctx, m)) continue;
    for (const dc of DEFAULT_CONFIG_KEYS) {
      metadataSites(out, m.view, [...m.path, dc], m.value[dc], (key) => `in the ${key} of the mesh config (${m.label})`, { resource: meshResource(m) }, "mesh");
    }
  }
  for (const pc of ctx.inventory.proxyConfigs) {
    if (rejectedCrValues(pc).length > 0) continue;
    const env = get(pc.value, ["spec", "environmentVariables"]);
    if (!isRecord(env)) continue;
    for (const [name, value] of Object.entries(env)) {
      out.push({ origin: "proxyconfig", name, value, ref: { view: pc.view, path: [...pc.base, "spec", "environmentVariables", name] }, where: `in spec.environmentVariables of ${crLabel(pc)}`, resource: crResource(pc) });
    }
  }
  return out;
}
function workloadEnvSites(rw) {
  const out = [];
  if (podDenied(rw)) return out;
  const w = rw.workload;
  const ann = w.proxyConfigAnnotation?.view;
  if (ann) metadataSites(out, ann, [], ann.value, (key) => `in the ${key} of the ${PROXY_CONFIG_ANNOTATION} annotation`, { workload: w }, "annotation");
  for (const c of w.containers) {
    if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
    c.value["env"].forEach((e, i) => {
      if (!isRecord(e) || typeof e["name"] !== "string" || "valueFrom" in e) return;
      const value = e["value"] === void 0 || e["value"] === null ? "" : e["value"];
      out.push({ origin: "env", name: e["name"], value, ref: { view: w.view, path: [...c.path, "env", i, "value"] }, where: `in the env of the ${PROXY_CONTAINER} container`, workload: w, container: c.name });
    });
  }
  return out;
}
function scalarAt(ref) {
  const { node, depth } = walk(ref.view.doc, ref.path);
  return depth === ref.path.length && (0, import_yaml3.isScalar)(node) ? node : void 0;
}
function written(ref, value) {
  const node = scalarAt(ref);
  if (typeof value === "string") {
    if (node?.type === import_yaml3.Scalar.PLAIN && value !== "") return value;
    if (node?.type === import_yaml3.Scalar.QUOTE_SINGLE) return `'${value}'`;
    return JSON.stringify(value);
  }
  if (node && typeof node.source === "string" && node.source !== "") return node.source;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}
function yamlType(value) {
  if (typeof value === "boolean") return "a YAML boolean";
  if (typeof value === "number" || typeof value === "bigint") return "a YAML number";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a YAML timestamp";
  if (value !== null && typeof value === "object") return "a mapping";
  return "null";
}
var UNIT_WORDS = [
  [/^(ns|nanos?|nanoseconds?)$/, "ns"],
  [/^(us|µs|μs|micros?|microseconds?)$/, "us"],
  [/^(ms|msecs?|millis?|milliseconds?)$/, "ms"],
  [/^(|s|secs?|seconds?)$/, "s"],
  [/^(m|mins?|minutes?)$/, "m"],
  [/^(h|hrs?|hours?)$/, "h"]
];
function suggestDuration(value, whole = false) {
  let secs;
  let text;
  if (typeof value === "number" && Number.isFinite(value)) {
    secs = value;
    text = `${value}s`;
  } else if (typeof value === "string") {
    const compact2 = value.trim().replace(/\s+/g, "");
    const direct = parseGoDuration(compact2) ?? parseGoDuration(compact2.toLowerCase());
    if (direct !== void 0) {
      secs = direct;
      text = parseGoDuration(compact2) !== void 0 ? compact2 : compact2.toLowerCase();
    } else {
      const m = /^(\d+(?:\.\d+)?)([a-zµμ]*)$/i.exec(compact2);
      const unit = m ? UNIT_WORDS.find(([re]) => re.test(m[2].toLowerCase()))?.[1] : void 0;
      if (m && unit !== void 0) {
        text = `${m[1]}${unit}`;
        secs = parseGoDuration(text);
      }
    }
  }
  if (secs === void 0 || text === void 0) return void 0;
  if (whole && (secs < 1 || !Number.isInteger(secs))) return formatSeconds(Math.max(1, Math.ceil(secs)));
  return text;
}
function notDuration(value) {
  if (typeof value !== "string") return `is ${yamlType(value)}, not a Go duration string`;
  if (value.trim() === "") return "is empty, which is not a Go duration";
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return "has no unit, so it is not a Go duration";
  if (parseGoDuration(value.trim().toLowerCase()) !== void 0) return "is not a Go duration (units are lower-case: ns, us, ms, s, m, h)";
  return 'is not a Go duration (a number with a unit ns, us, ms, s, m or h, e.g. "1m30s")';
}
function durationFix(key, value, whole = false) {
  const s = suggestDuration(value, whole);
  return s !== void 0 ? `write ${key}: "${s}"` : `write it as a Go duration string, e.g. ${key}: "30s"`;
}

// rules/invalid-boolean/index.ts
var ACCEPTED = "true/false, True/False, TRUE/FALSE, t/f, T/F, 1/0";
var MEANT_FALSE = /^\s*(0|f|false|no?|off|disabled?)\s*$/i;
function meant(value) {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return value === 0 ? "false" : "true";
  if (typeof value === "string" && MEANT_FALSE.test(value)) return "false";
  return "true";
}
var invalid_boolean_default = defineRule({
  meta: {
    id: "invalid-boolean",
    severity: "warning",
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS has a value Go strconv.ParseBool rejects (yes, on, ""), so pilot-agent silently treats it as false, or a YAML boolean env value the API server rejects.',
    fixable: false
  },
  create(ctx) {
    const ezSite = (site) => {
      if (site.name !== EZ2 || typeof site.value !== "string") return;
      if (site.value === "" && site.origin !== "env") return;
      if (parseGoBool(site.value) !== void 0) return;
      const key = site.origin === "env" ? "value" : EZ2;
      const on = site.value === "" || meant(site.value) === "true";
      const fix2 = site.value === "" ? `write ${key}: "true" to turn it on, or remove the entry` : `write ${key}: "${meant(site.value)}"`;
      const effect = on ? "so the proxy does not wait for active connections to close" : "which is what it means here, but only by accident";
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        message: `${EZ2}${site.origin === "env" ? " value" : ""}: ${written(site.ref, site.value)} ${site.where} is not a value Go's strconv.ParseBool accepts (${ACCEPTED}): pilot-agent logs a warning and treats it as false, ${effect}; ${fix2}.`
      });
    };
    return {
      workload(rw) {
        for (const site of workloadEnvSites(rw)) ezSite(site);
        const w = rw.workload;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== EZ2) return;
            const value = e["value"];
            if (value === void 0 || value === null || typeof value === "string") return;
            const ref = { view: w.view, path: [...c.path, "env", i, "value"] };
            const shown2 = written(ref, value);
            const text = meant(value);
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              severity: "error",
              message: `${EZ2} in the env of the ${PROXY_CONTAINER} container has value: ${shown2}, ${yamlType(value)}: the API server rejects the ${w.kind} because env values must be strings; ${text === shown2 ? "quote it: " : "write "}value: "${text}".`
            });
          });
        }
      },
      end() {
        for (const site of resourceEnvSites(ctx)) ezSite(site);
      }
    };
  }
});

// rules/invalid-duration/index.ts
var TDD_KEYS = /* @__PURE__ */ new Set(["terminationDrainDuration", "termination_drain_duration"]);
var DD_KEYS = /* @__PURE__ */ new Set(["drainDuration", "drain_duration"]);
function describe(p, where) {
  const shown2 = `${p.field}: ${written(p.ref, p.value)} ${where}`;
  if (p.kind !== "bad-drain-duration") return `${shown2} ${notDuration(p.value)}`;
  const secs = typeof p.value === "string" ? parseGoDuration(p.value) : void 0;
  return secs !== void 0 && secs <= 0 ? `${shown2} is not positive (Istio validates drainDuration as at least 1s, in whole seconds)` : `${shown2} is not a whole number of seconds (Istio validates drainDuration in whole seconds: Envoy takes --drain-time-s)`;
}
function durationProblem(p) {
  if (!realProblem(p)) return false;
  if (p.kind === "bad-drain-duration") return DD_KEYS.has(p.field);
  return (p.kind === "bad-duration" || p.kind === "wrong-type") && (TDD_KEYS.has(p.field) || DD_KEYS.has(p.field));
}
var invalid_duration_default = defineRule({
  meta: {
    id: "invalid-duration",
    severity: "error",
    description: "terminationDrainDuration, drainDuration, MINIMUM_DRAIN_DURATION or a drainlint.io duration annotation is not a Go duration string (or drainDuration is not whole seconds): rejected, or silently replaced by the default.",
    fixable: false
  },
  create(ctx) {
    const minSite = (site) => {
      if (site.name !== MIN2 || typeof site.value !== "string") return;
      if (site.value === "" && site.origin !== "env") return;
      if (parseGoDuration(site.value) !== void 0) return;
      const key = site.origin === "env" ? "value" : MIN2;
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        severity: "warning",
        message: `${MIN2}${site.origin === "env" ? " value" : ""}: ${written(site.ref, site.value)} ${site.where} ${notDuration(site.value)}: pilot-agent logs a warning and uses the 5s default instead; ${durationFix(key, site.value)}.`
      });
    };
    return {
      workload(rw) {
        const w = rw.workload;
        for (const p of rw.annotationProblems) {
          if (!durationProblem(p)) continue;
          ctx.report({
            at: p.ref,
            workload: w,
            message: `${describe(p, `in the ${PROXY_CONFIG_ANNOTATION} annotation`)}: ${admissionDenial(rw, "rejects the annotation")}; ${durationFix(p.field, p.value, DD_KEYS.has(p.field))}.`
          });
        }
        for (const site of workloadEnvSites(rw)) minSite(site);
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== MIN2 && e["name"] !== TDDS2) return;
            const value = e["value"];
            if (value === void 0 || value === null || typeof value === "string") return;
            const ref = { view: w.view, path: [...c.path, "env", i, "value"] };
            const shown2 = written(ref, value);
            const text = e["name"] === MIN2 ? suggestDuration(value) : typeof value === "number" ? shown2 : void 0;
            const fix2 = text === void 0 ? `write a string, e.g. value: "${e["name"] === MIN2 ? "30s" : "30"}"` : text === shown2 ? `quote it: value: "${text}"` : `write value: "${text}"`;
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              message: `${e["name"]} in the env of the ${PROXY_CONTAINER} container has value: ${shown2}, ${yamlType(value)}: the API server rejects the ${w.kind} because env values must be strings; ${fix2}.`
            });
          });
        }
        if (podDenied(rw)) return;
        for (const [annotation, meaning] of [
          [LIFETIME_ANNOTATION, "the expected connection lifetime of this workload stays unknown"],
          [SHUTDOWN_ANNOTATION, "the app's shutdown time stays unknown (counted as 0)"]
        ]) {
          const raw = w.podAnnotations[annotation];
          if (typeof raw !== "string" || parseGoDuration(raw) !== void 0) continue;
          const ref = { view: w.view, path: [...w.podMetaPath, "annotations", annotation] };
          ctx.report({
            at: ref,
            workload: w,
            message: `${annotation}: ${written(ref, raw)} ${notDuration(raw)}: drainlint cannot use it, and ${meaning}; ${durationFix(annotation, raw)}.`
          });
        }
      },
      end() {
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (!durationProblem(p)) continue;
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${describe(p, `in the mesh config (${m.label})`)}: istiod rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply; ${durationFix(p.field, p.value, DD_KEYS.has(p.field))}.`
            });
          }
        }
        for (const site of resourceEnvSites(ctx)) minSite(site);
      }
    };
  }
});

// rules/removed-setting/removed.ts
var TDDS3 = "TERMINATION_DRAIN_DURATION_SECONDS";
var TDDS_REMOVED = "1.10";
var PSD_REMOVED = "1.17";
var FLAGS_REMOVED = "1.6";
function removedIn(version, removed) {
  return !version || compareVersions(version, removed) >= 0;
}
function isParentShutdownKey(key) {
  return key === "parentShutdownDuration" || key === "parent_shutdown_duration";
}
function reportedAsRemoved(key, version) {
  if (key === TDDS3) return removedIn(version, TDDS_REMOVED);
  if (isParentShutdownKey(key)) return removedIn(version, PSD_REMOVED);
  return false;
}

// rules/invalid-field-type/index.ts
function describeValue(v) {
  if (v instanceof Date) return `${v.toISOString()} (a timestamp)`;
  if (Array.isArray(v)) return "a list";
  if (isRecord(v)) return "a mapping";
  if (typeof v === "string") return v.includes("\n") ? "a multi-line string" : v.length > 60 ? "a string" : `${JSON.stringify(v)} (a string)`;
  if (typeof v === "boolean") return `${v} (a boolean)`;
  if (typeof v === "number") return `${v} (${Number.isInteger(v) ? "an integer" : "a number"})`;
  return String(v);
}
function fits(v, shape) {
  switch (shape) {
    case "mapping":
      return isRecord(v) && !(v instanceof Date);
    case "list":
      return Array.isArray(v);
    case "string":
      return typeof v === "string" || v instanceof Date;
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
  }
}
var ARTICLE = { mapping: "a mapping", list: "a list", string: "a string", integer: "an integer" };
function quoted4(v) {
  return JSON.stringify(typeof v === "string" ? v : String(v));
}
function suggestion(expected, v) {
  if (expected === "boolean") {
    if (typeof v === "string") {
      const t = v.trim().toLowerCase();
      if (["yes", "y", "on", "true", "t", "1", "enabled"].includes(t)) return "true";
      if (["no", "n", "off", "false", "f", "0", "disabled"].includes(t)) return "false";
    }
    if (typeof v === "number") return v === 0 ? "false" : "true";
    return "true or false";
  }
  if (expected === "integer" || expected === "number") {
    if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return String(Math.round(Number(v)));
    if (typeof v === "number") return String(Math.round(v));
    return void 0;
  }
  if (expected === "string" && (typeof v === "number" || typeof v === "boolean")) return quoted4(v);
  return void 0;
}
var invalid_field_type_default = defineRule({
  meta: {
    id: "invalid-field-type",
    severity: "error",
    description: "A field drainlint reads has a type the Kubernetes API or Istio would reject (a non-integer grace period, annotations that are not a mapping of strings, proxy.istio.io/config contents that are not a mapping).",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        checkWorkload(ctx, rw.workload, rw.annotationProblems);
      },
      end() {
        for (const ns of ctx.inventory.namespaces.values()) {
          const resource2 = resourceId(ns);
          const base2 = [...ns.base, "metadata"];
          const meta = get(ns.view.value, base2);
          if (!isRecord(meta)) continue;
          for (const field of ["labels", "annotations"]) {
            stringMap(ctx, ns.view, [...base2, field], meta[field], `Namespace ${ns.name}`, "Namespace", field, { resource: resource2 });
          }
        }
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          for (const key of ["defaultConfig", "default_config"]) {
            const dc = m.value[key];
            if (dc === void 0 || dc === null || fits(dc, "mapping")) continue;
            const hint = typeof dc === "string" && /:\s/.test(dc) ? `write its fields as a YAML mapping under ${key}:, not as a string` : `write the ProxyConfig fields as a mapping under ${key}:`;
            ctx.report({
              at: { view: m.view, path: [...m.path, key] },
              message: `${key} in the mesh config (${m.label}) is ${describeValue(dc)} but must be a mapping: istiod discards the whole mesh config and keeps its last good one, so none of its drain settings apply; ${hint}.`,
              resource: resourceId(m.resource)
            });
          }
        }
      }
    };
  }
});
function expect(ctx, view, path5, value, shape, what, consequence, where, fix2) {
  if (value === void 0 || value === null || fits(value, shape)) return true;
  ctx.report({
    at: { view, path: path5 },
    message: `${what} is ${describeValue(value)} but must be ${ARTICLE[shape]}: ${consequence}${fix2 ? `; ${fix2}` : ""}.`,
    ...where
  });
  return false;
}
function stringMap(ctx, view, path5, value, owner, kind, field, where) {
  const rejects = `the API server rejects the ${kind}`;
  if (!expect(ctx, view, path5, value, "mapping", `metadata.${field} of ${owner}`, rejects, where, `write ${field} as key: "value" pairs`)) return;
  if (!isRecord(value)) return;
  const noun = field === "labels" ? "label" : "annotation";
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === void 0 || fits(v, "string")) continue;
    let fix2;
    if (key === PROXY_CONFIG_ANNOTATION && isRecord(v)) fix2 = `write the ProxyConfig as YAML text in a block scalar: ${key}: | followed by the indented fields`;
    else if (isRecord(v) || Array.isArray(v)) fix2 = `write it as a string (YAML or JSON text in a block scalar)`;
    else fix2 = `quote it: ${key}: ${quoted4(v)}`;
    ctx.report({
      at: { view, path: [...path5, key] },
      message: `The ${noun} ${key} of ${owner} is ${describeValue(v)} but ${noun} values must be strings: ${rejects}; ${fix2}.`,
      ...where
    });
  }
}
function checkWorkload(ctx, w, problems) {
  const name = workloadName({ workload: w });
  const rejects = `the API server rejects the ${w.kind}`;
  const where = { workload: w };
  const root = w.view.value;
  const ownMeta = [...w.base, "metadata"];
  const metas = [[ownMeta, name]];
  const samePath = ownMeta.length === w.podMetaPath.length && ownMeta.every((s, i) => s === w.podMetaPath[i]);
  const tplPath = w.podMetaPath.slice(0, -1);
  let templateOk = true;
  if (!samePath) {
    templateOk = expect(ctx, w.view, tplPath, get(root, tplPath), "mapping", `The pod template of ${name}`, rejects, where);
    if (templateOk) metas.push([w.podMetaPath, `the pod template of ${name}`]);
  }
  for (const [path5, owner] of metas) {
    const meta = get(root, path5);
    if (!expect(ctx, w.view, path5, meta, "mapping", `metadata of ${owner}`, rejects, where)) continue;
    if (!isRecord(meta)) continue;
    for (const field of ["labels", "annotations"]) {
      stringMap(ctx, w.view, [...path5, field], meta[field], owner, w.kind, field, where);
    }
  }
  if (!templateOk) return;
  const ann = w.proxyConfigAnnotation;
  if (ann?.view) {
    const v = ann.view.value;
    if (v !== null && v !== void 0 && !fits(v, "mapping")) {
      ctx.report({
        at: { view: ann.view, path: [] },
        message: `The ${PROXY_CONFIG_ANNOTATION} annotation of ${name} holds ${describeValue(v)} but must hold a ProxyConfig mapping: admission denies the pod, so it is never created; write key: value lines such as terminationDrainDuration: "30s".`,
        ...where
      });
    }
  }
  for (const p of problems) {
    if (p.kind !== "wrong-type" && p.kind !== "bad-enum") continue;
    if (PROXY_CONFIG_FIELDS[snakeToCamel(p.field)]?.type === "duration") continue;
    let fix2;
    if (p.kind === "bad-enum") {
      const allowed = p.expected.replace(/^one of /, "").split(", ");
      const match = typeof p.value === "string" ? allowed.find((a) => a.toLowerCase() === p.value.trim().toLowerCase()) : void 0;
      fix2 = match ? `write ${p.field}: ${match}` : `use ${p.expected}`;
    } else {
      const s = suggestion(p.expected, p.value);
      fix2 = s ? `write ${p.field}: ${s}` : void 0;
    }
    const expected = p.kind === "bad-enum" ? p.expected : p.expected === "object" ? "a mapping" : p.expected === "array" ? "a list" : `${/^[aeiou]/.test(p.expected) ? "an" : "a"} ${p.expected}`;
    ctx.report({
      at: p.ref,
      message: `${p.field} in the ${PROXY_CONFIG_ANNOTATION} annotation of ${name} is ${describeValue(p.value)} but must be ${expected}: admission denies the pod, so it is never created${fix2 ? `; ${fix2}` : ""}.`,
      ...where
    });
  }
  const spec = get(root, w.podSpecPath);
  if (!expect(ctx, w.view, w.podSpecPath, spec, "mapping", `The pod spec of ${name}`, rejects, where)) return;
  if (!isRecord(spec)) return;
  const g = spec["terminationGracePeriodSeconds"];
  if (g !== void 0 && g !== null && !fits(g, "integer")) {
    const s = suggestion("integer", g);
    ctx.report({
      at: { view: w.view, path: [...w.podSpecPath, "terminationGracePeriodSeconds"] },
      message: `terminationGracePeriodSeconds of ${name} is ${describeValue(g)} but must be an integer number of seconds: ${rejects}, and drainlint treats the grace period as unknown; write terminationGracePeriodSeconds: ${s ?? "30"}${s === void 0 ? " (the default) or the seconds you need" : typeof g === "string" ? " without quotes" : ""}.`,
      ...where
    });
  }
  for (const field of ["containers", "initContainers"]) {
    const list = spec[field];
    const listPath = [...w.podSpecPath, field];
    if (!expect(ctx, w.view, listPath, list, "list", `${field} of ${name}`, rejects, where, `write each container as a list item (- name: …)`)) continue;
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      const cPath = [...listPath, i];
      if (!expect(ctx, w.view, cPath, c, "mapping", `${field}[${i}] of ${name}`, rejects, where)) return;
      if (!isRecord(c)) return;
      const cName = typeof c["name"] === "string" ? c["name"] : `${field}[${i}]`;
      const cWhere = { ...where, container: typeof c["name"] === "string" ? c["name"] : void 0 };
      const what = (f) => `${f} of container ${cName} in ${name}`;
      if (expect(ctx, w.view, [...cPath, "env"], c["env"], "list", what("env"), rejects, cWhere, 'write each variable as a list item (- name: X, value: "…")') && Array.isArray(c["env"])) {
        c["env"].forEach((e, ei) => expect(ctx, w.view, [...cPath, "env", ei], e, "mapping", what(`env[${ei}]`), rejects, cWhere, 'write it as name: X with value: "…"'));
      }
      if (expect(ctx, w.view, [...cPath, "args"], c["args"], "list", what("args"), rejects, cWhere) && Array.isArray(c["args"])) {
        c["args"].forEach((a, ai) => {
          if (typeof a === "number" || typeof a === "boolean") expect(ctx, w.view, [...cPath, "args", ai], a, "string", what(`args[${ai}]`), rejects, cWhere, `quote it: ${quoted4(a)}`);
        });
      }
      checkLifecycle(ctx, w, cPath, c["lifecycle"], what, rejects, cWhere);
    });
  }
}
function checkLifecycle(ctx, w, cPath, lifecycle, what, rejects, where) {
  const lPath = [...cPath, "lifecycle"];
  if (!expect(ctx, w.view, lPath, lifecycle, "mapping", what("lifecycle"), rejects, where) || !isRecord(lifecycle)) return;
  const preStop = lifecycle["preStop"];
  const pPath = [...lPath, "preStop"];
  if (!expect(ctx, w.view, pPath, preStop, "mapping", what("lifecycle.preStop"), rejects, where, "write one handler: sleep, exec or httpGet") || !isRecord(preStop)) return;
  const sleep = preStop["sleep"];
  if (expect(ctx, w.view, [...pPath, "sleep"], sleep, "mapping", what("preStop.sleep"), rejects, where, "write sleep: {seconds: N}") && isRecord(sleep)) {
    const s = sleep["seconds"];
    if (s !== void 0 && s !== null && !fits(s, "integer")) {
      const fix2 = suggestion("integer", s);
      expect(ctx, w.view, [...pPath, "sleep", "seconds"], s, "integer", what("preStop.sleep.seconds"), `${rejects}, and drainlint treats the hook's duration as unknown`, where, fix2 ? `write seconds: ${fix2}` : void 0);
    }
  }
  const exec = preStop["exec"];
  if (expect(ctx, w.view, [...pPath, "exec"], exec, "mapping", what("preStop.exec"), rejects, where) && isRecord(exec)) {
    const command = exec["command"];
    if (expect(ctx, w.view, [...pPath, "exec", "command"], command, "list", what("preStop.exec.command"), `${rejects}, and drainlint treats the hook's duration as unknown`, where, 'write the argv as a list, e.g. ["sleep", "10"]') && Array.isArray(command)) {
      command.forEach((a, ai) => {
        if (a !== null && typeof a !== "string") {
          expect(ctx, w.view, [...pPath, "exec", "command", ai], a, "string", what(`preStop.exec.command[${ai}]`), rejects, where, `quote it: ${quoted4(a)}`);
        }
      });
    }
  }
}

// rules/invalid-mesh-config/index.ts
var TDD_KEYS2 = ["terminationDrainDuration", "termination_drain_duration"];
var DD_KEYS2 = ["drainDuration", "drain_duration"];
var DEFAULT_CONFIG_KEYS2 = ["defaultConfig", "default_config"];
var METADATA_KEYS3 = ["proxyMetadata", "proxy_metadata"];
function ownedElsewhere(p, m) {
  if (p.kind === "metadata-not-string" || p.kind === "bad-drain-duration") return true;
  const rel = p.ref.path.slice(m.path.length);
  if (rel.length === 1 && DEFAULT_CONFIG_KEYS2.includes(String(rel[0]))) return true;
  return rel.length === 2 && DEFAULT_CONFIG_KEYS2.includes(String(rel[0])) && [...TDD_KEYS2, ...DD_KEYS2].includes(String(rel[1]));
}
function acceptedByJsonpb(p) {
  const v = p.value;
  if (p.kind === "bad-enum") return typeof v === "number" && Number.isInteger(v);
  if (p.kind !== "wrong-type") return false;
  if (p.expected === "integer") return typeof v === "string" && /^-?\d+$/.test(v);
  if (p.expected === "number") return typeof v === "string" && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v);
  if (p.expected === "string") return v instanceof Date;
  return false;
}
function kindOf(v) {
  if (typeof v === "string") return "a string";
  return yamlType(v);
}
var EXPECTED = {
  boolean: "a boolean (true or false)",
  integer: "an integer",
  number: "a number",
  string: "a string",
  object: "a mapping",
  array: "a list"
};
var MODE_FIELDS = /* @__PURE__ */ new Set(["outboundTrafficPolicy", "outbound_traffic_policy", "inboundTrafficPolicy", "inbound_traffic_policy"]);
function explain(p) {
  const field = p.field;
  if (p.kind === "bad-enum") {
    const allowed = p.expected.replace(/^one of /, "").split(", ");
    const match = typeof p.value === "string" ? allowed.find((a) => a.toLowerCase() === p.value.trim().toLowerCase()) : void 0;
    return {
      what: `is not one of ${allowed.join(", ")}${match ? " (enum values are case-sensitive)" : ""}`,
      fix: match ? `write ${field}: ${match}` : `use one of ${allowed.join(", ")}`
    };
  }
  if (p.kind === "bad-duration") {
    const s = suggestDuration(p.value);
    return { what: notDuration(p.value), fix: s ? `write ${field}: "${s}"` : `write it as a Go duration string, e.g. ${field}: "10s"` };
  }
  const expected = EXPECTED[p.expected] ?? p.expected;
  const v = p.value;
  let fix2;
  if (p.expected === "boolean") {
    const t = typeof v === "string" ? v.trim().toLowerCase() : v;
    const b = t === "true" || t === "yes" || t === "on" || t === 1 ? "true" : t === "false" || t === "no" || t === "off" || t === 0 ? "false" : void 0;
    fix2 = b ? `write ${field}: ${b} without quotes` : `write ${field}: true or false`;
  } else if (p.expected === "integer" || p.expected === "number") {
    fix2 = typeof v === "number" ? `write ${field}: ${Math.round(v)}` : `write ${field} as a number`;
  } else if (p.expected === "string" && (typeof v === "number" || typeof v === "boolean")) {
    fix2 = `quote it: ${field}: "${String(v)}"`;
  } else if (p.expected === "object") {
    const inner = MODE_FIELDS.has(field) && typeof v === "string" ? `{mode: ${v}}` : void 0;
    fix2 = inner ? `write ${field}: ${inner}` : `write ${field} as a mapping of its fields`;
  } else if (p.expected === "array") {
    fix2 = `write ${field} as a list`;
  } else {
    fix2 = `write ${field} as ${expected}`;
  }
  return { what: `is ${kindOf(v)}, not ${expected}`, fix: fix2 };
}
function drainSettingsIn(view, base2, mesh, label2) {
  const out = [];
  if (!isRecord(mesh)) return out;
  for (const dc of DEFAULT_CONFIG_KEYS2) {
    const pc = mesh[dc];
    if (!isRecord(pc)) continue;
    for (const key of [...TDD_KEYS2, ...DD_KEYS2]) {
      if (pc[key] === void 0 || pc[key] === null) continue;
      const ref = { view, path: [...base2, dc, key] };
      out.push({ text: `${key} ${written(ref, pc[key])}`, ref, label: label2 });
    }
    for (const mdKey of METADATA_KEYS3) {
      const md = pc[mdKey];
      if (!isRecord(md)) continue;
      for (const name of [EZ, MIN]) {
        if (md[name] === void 0 || md[name] === null || md[name] === "") continue;
        const ref = { view, path: [...base2, dc, mdKey, name] };
        out.push({ text: `${name} ${written(ref, md[name])}`, ref, label: label2 });
      }
    }
  }
  return out;
}
function neverApplies(settings) {
  const texts = settings.map((s) => s.text);
  const joined = texts.length <= 2 ? texts.join(" and ") : `${texts.slice(0, -1).join(", ")} and ${texts[texts.length - 1]}`;
  return `${joined} here never ${texts.length === 1 ? "applies" : "apply"}`;
}
function discarded2(kind, settings) {
  const lost = settings.length > 0 ? `with it every drain setting in it: ${neverApplies(settings)}` : "keeps its last good one (or the built-in defaults)";
  switch (kind) {
    case "IstioOperator":
      return `istioctl refuses the IstioOperator (unless forced), and istiod discards the whole mesh config (it logs "invalid mesh config") and ${lost}`;
    case "ConfigMapData":
      return `the API server rejects the ConfigMap (every data value must be a string), so istiod never reads this mesh config${settings.length > 0 ? `: ${neverApplies(settings)}` : ""}`;
    default:
      return `istiod discards the whole mesh config (it logs "invalid mesh config") and ${lost}`;
  }
}
function inFileOrder(settings) {
  const pos = (s) => locate(s.ref);
  return [...settings].sort((a, b) => pos(a).line - pos(b).line || pos(a).column - pos(b).column);
}
function related(settings) {
  return settings.map((s) => ({ message: `${s.text} (${s.label}, discarded)`, ref: s.ref }));
}
var invalid_mesh_config_default = defineRule({
  meta: {
    id: "invalid-mesh-config",
    severity: "error",
    description: "A mesh config (istio ConfigMap, IstioOperator, Helm values) has a field of the wrong type or an unknown enum value: istiod discards the whole document, and every drain setting in it with it.",
    fixable: false
  },
  create(ctx) {
    return {
      end() {
        const byResource = /* @__PURE__ */ new Map();
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const list = byResource.get(m.resource) ?? [];
          list.push(...drainSettingsIn(m.view, m.path, m.value, `mesh config in ${m.label}`));
          byResource.set(m.resource, inFileOrder(list));
        }
        for (const [m, problems] of ctx.resolution.meshProblems) {
          const settings = byResource.get(m.resource) ?? [];
          for (const p of problems) {
            if (!realProblem(p) || ownedElsewhere(p, m) || acceptedByJsonpb(p)) continue;
            const dotted2 = p.ref.path.slice(m.path.length).join(".");
            const { what, fix: fix2 } = explain(p);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${dotted2}: ${written(p.ref, p.value)} in the mesh config (${m.label}) ${what}: ${discarded2(m.kind, settings)}; ${fix2}.`,
              related: related(settings)
            });
          }
        }
        for (const m of ctx.inventory.meshSources) {
          if (m.kind !== "ConfigMap" || m.embedError) continue;
          const res = m.resource;
          const host = [...res.base, "data", "mesh"];
          const raw = get(res.view.value, host);
          if (raw === null || raw === void 0) continue;
          if (typeof raw !== "string") {
            const settings = drainSettingsIn(res.view, host, raw, `ConfigMap ${res.namespace ?? "istio-system"}/${res.name ?? "istio"} data.mesh`);
            const fix2 = isRecord(raw) ? "write it as YAML text in a block scalar: mesh: | followed by the indented fields" : "write the mesh config as YAML text in a block scalar (mesh: |)";
            ctx.report({
              at: { view: res.view, path: host, target: "key" },
              resource: resourceId(res),
              message: `data.mesh of ${m.label} is ${yamlType(raw)}, not a string: ${discarded2("ConfigMapData", settings)}; ${fix2}.`,
              related: related(settings)
            });
            continue;
          }
          const parsed = m.view !== res.view ? m.view.value : void 0;
          if (parsed === null || parsed === void 0 || isRecord(parsed)) continue;
          ctx.report({
            at: { view: m.view, path: [] },
            resource: resourceId(res),
            message: `The mesh text in ${m.label} (data.mesh) is ${typeof parsed === "string" ? "a plain string" : yamlType(parsed)}, not a mapping of MeshConfig fields: ${discarded2("ConfigMap", [])}; write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name.`
          });
        }
      }
    };
  }
});

// rules/invalid-native-sidecar-annotation/index.ts
var MEANS_TRUE = /^\s*(true|t|yes|y|on|1|enabled?|native)\s*$/i;
var MEANS_FALSE = /^\s*(false|f|no|n|off|0|disabled?|classic)\s*$/i;
var invalid_native_sidecar_annotation_default = defineRule({
  meta: {
    id: "invalid-native-sidecar-annotation",
    severity: "warning",
    description: 'The sidecar.istio.io/nativeSidecar annotation is not exactly "true" or "false": the injection template turns native mode on for every other value, while the code that moves istio-proxy knows only the exact ones.',
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (rw.gateway || rw.sidecar.status === "none" || rw.admissionDenied) return;
        const value = w.podAnnotations[NATIVE_ANNOTATION];
        if (typeof value !== "string" || value === "true" || value === "false") return;
        const at4 = { view: w.view, path: [...w.annotationsPath, NATIVE_ANNOTATION] };
        let message;
        if (value.trim() === "") {
          message = `${NATIVE_ANNOTATION} is empty: the injector treats it as unset, so istiod's ENABLE_NATIVE_SIDECARS decides; write "true" or "false", or remove it.`;
        } else {
          const meant3 = MEANS_FALSE.test(value) ? "false" : MEANS_TRUE.test(value) ? "true" : void 0;
          const effect = meant3 === "false" ? "so this pod gets a native sidecar, the opposite of what it says" : "so this pod gets a native sidecar whatever istiod's ENABLE_NATIVE_SIDECARS says";
          const own = w.containers.find((c) => c.name === PROXY_CONTAINER && !c.init);
          const moved = own ? '; the istio-proxy container the pod declares is moved to initContainers only for exactly "true", so unless istiod enables native sidecars the pod ends up with two istio-proxy containers' : "";
          message = `${NATIVE_ANNOTATION}: "${value}" is neither "true" nor "false": Istio's injection template treats every value but exactly "false" as native, ${effect}${moved}. ` + (meant3 ? `Write "${meant3}".` : 'Write "true" or "false".');
        }
        ctx.report({ at: at4, workload: w, message });
      }
    };
  }
});

// rules/listeners-close-before-drain-ends/index.ts
var listeners_close_before_drain_ends_default = defineRule({
  meta: {
    id: "listeners-close-before-drain-ends",
    severity: "warning",
    description: "The proxy outlives drainDuration: Envoy stops accepting new connections on its drained listeners while the pod is still alive and still receives traffic.",
    fixable: false
  },
  create(ctx) {
    if (ctx.config.istioVersion && compareVersions(ctx.config.istioVersion, "1.8") < 0) return {};
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === void 0 || rw.admissionDenied) return;
        if (rw.sidecar.status === "none" || rw.mode.value === "native") return;
        const pp = rw.proxyPreStop.seconds;
        if (pp === void 0) return;
        const ez = rw.ez.value;
        const wait = ez ? rw.min : rw.tdd;
        const alive = Math.min(pp + wait.value, g);
        const closes = pp + rw.dd.value;
        if (alive <= closes) return;
        const proxy = proxyNoun(rw);
        const knob = ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
        const capped = g < pp + wait.value;
        const prestop = pp > 0 ? `its preStop (${seconds(rw.proxyPreStop)}) plus ` : "";
        const lives = capped ? `until kubelet's SIGKILL at ${formatSeconds(g)} (terminationGracePeriodSeconds ${seconds(rw.grace)}, shorter than ${prestop}${knob} ${seconds(wait)})` : `until ${formatSeconds(alive)} (${prestop}${knob} ${seconds(wait)})`;
        const ezText = ez ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and ` : "";
        const listeners = rw.gateway ? "all its listeners" : "its inbound listeners";
        const dd = Math.ceil(alive - pp);
        const involved = [wait, rw.dd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          message: `${ezText}${ez ? "the" : "The"} ${proxy} lives ${ez && !capped ? "at least " : ""}${lives}, but Envoy stops accepting new connections on ${listeners} at ${formatSeconds(closes)} (${pp > 0 ? "the preStop plus " : ""}drainDuration ${seconds(rw.dd)}): connections that still arrive until the ${proxy} exits are refused. Raise drainDuration to at least ${formatSeconds(dd)} (whole seconds), or lower ${knob} to at most ${formatSeconds(rw.dd.value)}.${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: withoutPointed(
            relatedValues([
              [knob, wait],
              ["drainDuration", rw.dd],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
              ["terminationGracePeriodSeconds", capped ? rw.grace : void 0],
              ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
            ]),
            pointedSetting(involved)
          )
        });
      }
    };
  }
});

// rules/min-drain-shorter-than-app-prestop/index.ts
var min_drain_shorter_than_app_prestop_default = defineRule({
  meta: {
    id: "min-drain-shorter-than-app-prestop",
    severity: "warning",
    description: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS, MINIMUM_DRAIN_DURATION ends before the app's preStop hook: the proxy can exit while the app still serves.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        if (rw.gateway) return;
        const pa = rw.appPreStop.seconds;
        if (pa === void 0) return;
        const pp = rw.proxyPreStop.seconds ?? 0;
        if (pp + rw.min.value >= pa) return;
        const need = Math.ceil(pa - pp);
        const firstCheck = pp + rw.min.value + 1;
        const proxy = proxyNoun(rw);
        const involved = [rw.min, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and MINIMUM_DRAIN_DURATION is ${seconds(rw.min)}${pp > 0 ? `, after the ${proxy}'s preStop (${seconds(rw.proxyPreStop)})` : ""}: the ${proxy} exits at the first check that finds no open connection, from ${formatSeconds(firstCheck)} on, while the app's preStop (${seconds(rw.appPreStop)}) still runs and the pod still receives traffic. Set MINIMUM_DRAIN_DURATION "${formatSeconds(need)}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: withoutPointed(
            relatedValues([
              ["MINIMUM_DRAIN_DURATION", rw.min],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["app preStop", rw.appPreStop],
              ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
            ]),
            pointedSetting(involved)
          )
        });
      }
    };
  }
});

// rules/misplaced-annotation/index.ts
var POD_ANNOTATION = /^(?:proxy\.istio\.io\/config|sidecar\.istio\.io\/.+|inject\.istio\.io\/templates|status\.sidecar\.istio\.io\/port|readiness\.status\.sidecar\.istio\.io\/.+|drainlint\.io\/.+)$/;
var POD_LABELS = /* @__PURE__ */ new Set(["sidecar.istio.io/inject", "istio.io/rev"]);
var INJECT2 = "sidecar.istio.io/inject";
function reader(key, field) {
  if (field === "labels") {
    const effect = key === INJECT2 ? "it opts no pod in or out" : "it selects no revision for the pods";
    return `the injection webhook's objectSelector matches pod labels only, so ${effect}`;
  }
  if (key.startsWith("drainlint.io/")) return "drainlint reads it from the pod template only, so it is ignored";
  if (key === "proxy.istio.io/config") return "the sidecar injector and pilot-agent read it from the pod only, so none of its proxy settings apply";
  if (key === INJECT2) return "the injector reads it from the pod only, and there as a label (the annotation form is deprecated and cannot opt a pod in)";
  return "the sidecar injector reads it from the pod only, so it has no effect";
}
function shown(value) {
  if (typeof value === "string") return !value.includes("\n") && value.length <= 60 ? `: "${value}"` : "";
  if (value === null || typeof value === "object") return "";
  return `: ${String(value)}`;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
var misplaced_annotation_default = defineRule({
  meta: {
    id: "misplaced-annotation",
    severity: "error",
    description: "Istio and drainlint annotations (and the sidecar.istio.io/inject and istio.io/rev labels) on a workload's own metadata instead of its pod template, where nothing reads them.",
    fixable: false
  },
  create(ctx) {
    function check(w, site, field, key, value, tpl) {
      const targetField = field === "annotations" && key === INJECT2 ? "labels" : field;
      const podRefs = [{ view: w.view, path: [...w.podMetaPath, targetField, key] }];
      if (targetField !== field) podRefs.push({ view: w.view, path: [...w.podMetaPath, field, key] });
      const podValues = podRefs.map((ref) => ({ ref, value: get(w.view.value, ref.path) })).filter((p) => p.value !== void 0);
      if (podValues.some((p) => same(p.value, value))) return;
      const noun = field === "annotations" ? "annotation" : "label";
      const target = `${tpl}.metadata.${targetField}`;
      const what = `The ${noun} ${key}${key === "proxy.istio.io/config" ? "" : shown(value)} is on ${site.place}, but ${reader(key, field)}`;
      let fix2;
      const related2 = [];
      const pod = podValues[0];
      if (pod) {
        const at4 = `${pod.ref.view.file.path}:${locate(pod.ref).line}`;
        const podValue = shown(pod.value).replace(/^: /, " ") || " its own";
        fix2 = `; the pod template sets${podValue} (${at4}), which is what counts. Remove this one, or set the value you want in ${target}.`;
        related2.push({ message: `${key}${shown(pod.value)} (pod template)`, ref: pod.ref });
      } else {
        fix2 = `. Move it to ${target}.`;
      }
      ctx.report({ at: { view: w.view, path: [...site.meta, field, key], target: "key" }, workload: w, message: `${what}${fix2}`, related: related2 });
    }
    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind];
        if (!template || template.length === 0) return;
        const tpl = template.join(".");
        const sites = [{ meta: [...w.base, "metadata"], place: `the ${w.kind}'s own metadata` }];
        if (w.kind === "CronJob") sites.push({ meta: [...w.base, "spec", "jobTemplate", "metadata"], place: "the Job template's metadata (spec.jobTemplate.metadata)" });
        for (const site of sites) {
          for (const field of ["annotations", "labels"]) {
            const map = get(w.view.value, [...site.meta, field]);
            if (!isRecord(map)) continue;
            for (const [key, value] of Object.entries(map)) {
              const relevant = field === "labels" ? POD_LABELS.has(key) : POD_ANNOTATION.test(key);
              if (!relevant) continue;
              check(w, site, field, key, value, tpl);
            }
          }
        }
      }
    };
  }
});

// rules/misplaced-grace-period/index.ts
var KEY = "terminationGracePeriodSeconds";
var PROXY_CONFIG_KEYS = [KEY, "termination_grace_period_seconds"];
var CONTAINER_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
var PROBES_WITH_GRACE = /* @__PURE__ */ new Set(["livenessProbe", "startupProbe"]);
function findKeys(value, path5 = [], out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => findKeys(v, [...path5, i], out));
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === KEY) out.push([...path5, k]);
      findKeys(v, [...path5, k], out);
    }
  }
  return out;
}
function dotted(path5) {
  return path5.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function startsWith(path5, prefix) {
  return prefix.length <= path5.length && prefix.every((s, i) => path5[i] === s);
}
function meant2(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === "string") {
    if (/^\d+$/.test(value.trim())) return String(Number(value.trim()));
    const secs = parseGoDuration(value.trim());
    if (secs !== void 0 && secs >= 0) return String(Math.ceil(secs));
  }
  return "<whole seconds>";
}
function place(w, parent, template) {
  const podSpec = [...template, "spec"];
  const at4 = dotted(parent);
  if (parent.length === 0) return `the top level of the ${w.kind}`;
  if (parent.length === 1 && parent[0] === "metadata") return `the ${w.kind}'s metadata`;
  if (parent.length === 1 && parent[0] === "spec") return `the ${w.kind} spec`;
  if (template.length > 0 && parent.length === template.length && startsWith(parent, template)) return `the pod template (${at4})`;
  if (startsWith(parent, [...template, "metadata"])) return template.length === 0 ? `the Pod's metadata (${at4})` : `the pod template's metadata (${at4})`;
  if (w.kind === "CronJob" && dotted(parent) === "spec.jobTemplate.spec") return `the Job spec (${at4})`;
  if (startsWith(parent, podSpec) && parent.length >= podSpec.length + 2 && CONTAINER_LISTS.has(String(parent[podSpec.length]))) {
    const c = w.containers.find((x) => dotted(x.path.slice(w.base.length)) === dotted(parent.slice(0, podSpec.length + 2)));
    const name = c?.name ? `container ${c.name}` : "a container";
    return parent.length === podSpec.length + 2 ? `${name} (${at4})` : `the ${String(parent[parent.length - 1])} of ${name} (${at4})`;
  }
  return at4;
}
var misplaced_grace_period_default = defineRule({
  meta: {
    id: "misplaced-grace-period",
    severity: "error",
    description: "terminationGracePeriodSeconds written anywhere but the pod spec (workload spec, a container, pod template metadata, the proxy.istio.io/config annotation, a mesh config), where it never sets the grace period.",
    fixable: false
  },
  create(ctx) {
    const podGrace = (rw, w, want) => {
      const specPath = dotted(w.podSpecPath.slice(w.base.length));
      const g = rw.grace;
      if (g.prov.level === "default") {
        return { state: `the pod keeps the default grace period of 30 seconds`, fix: `Set it in the pod spec: ${specPath}.${KEY}: ${want}.`, related: [] };
      }
      const related2 = g.prov.ref ? [{ message: `${KEY} ${g.value ?? "unusable"} (pod spec)`, ref: g.prov.ref }] : [];
      const state = `the pod's grace period is ${g.value === void 0 ? "the pod spec value (not usable)" : g.value} (${origin(g.prov)})`;
      const fix2 = g.value !== void 0 && String(g.value) === want ? "Remove this one." : `Remove this one, or set the value you want in ${specPath}.${KEY}.`;
      return { state, fix: fix2, related: related2 };
    };
    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind] ?? [];
        const podSpec = [...template, "spec"];
        for (const rel of findKeys(w.value)) {
          const parent = rel.slice(0, -1);
          if (dotted(parent) === dotted(podSpec)) continue;
          const field = parent[parent.length - 1];
          const containerField = startsWith(parent, podSpec) && CONTAINER_LISTS.has(String(parent[podSpec.length])) && parent.length === podSpec.length + 3;
          if (containerField && PROBES_WITH_GRACE.has(String(field))) continue;
          let raw = w.value;
          for (const s of rel) raw = raw[s];
          const at4 = { view: w.view, path: [...w.base, ...rel], target: "key" };
          if (containerField && field === "readinessProbe") {
            ctx.report({
              at: at4,
              workload: w,
              message: `${KEY} is set in ${place(w, parent, template)}, but only livenessProbe and startupProbe have a grace period of their own: the API server rejects the pod template. Remove it.`
            });
            continue;
          }
          const g = podGrace(rw, w, meant2(raw));
          ctx.report({
            at: at4,
            workload: w,
            message: `${KEY} is set in ${place(w, parent, template)}, but that object has no ${KEY} field: kubectl apply rejects it (strict field validation, the default since Kubernetes 1.25) and other clients drop it silently, so ${g.state}. ${g.fix}`,
            related: g.related
          });
        }
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value) && !rw.admissionDenied) {
          for (const key of PROXY_CONFIG_KEYS) {
            if (!(key in ann.view.value)) continue;
            const g = podGrace(rw, w, meant2(ann.view.value[key]));
            ctx.report({
              at: { view: ann.view, path: [key], target: "key" },
              workload: w,
              message: `${key} in the ${PROXY_CONFIG_ANNOTATION} annotation is not a proxy setting: istiod drops unknown ProxyConfig keys, so ${g.state}. ${g.fix}`,
              related: g.related
            });
          }
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          const sites = [{ map: m.value, path: m.path, where: "at the top level of", what: "mesh" }];
          for (const dcKey of ["defaultConfig", "default_config"]) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) sites.push({ map: dc, path: [...m.path, dcKey], where: `in ${dcKey} of`, what: "proxy" });
          }
          for (const site of sites) {
            for (const key of PROXY_CONFIG_KEYS) {
              if (!(key in site.map)) continue;
              ctx.report({
                at: { view: m.view, path: [...site.path, key], target: "key" },
                resource: resourceId(m.resource),
                message: `${key} ${site.where} the mesh config (${m.label}) is not a ${site.what} setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own ${KEY} (default 30). Set ${KEY}: ${meant2(site.map[key])} in the pod spec of each workload that needs it.`
              });
            }
          }
        }
      }
    };
  }
});

// rules/native-sidecar-ignores-drain-settings/index.ts
var native_sidecar_ignores_drain_settings_default = defineRule({
  meta: {
    id: "native-sidecar-ignores-drain-settings",
    severity: "info",
    description: "The sidecar runs in native mode, where pilot-agent stops Envoy as soon as the app has exited: terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION set for it are not used.",
    fixable: false
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (k8s && compareVersions(k8s, "1.29") < 0) return {};
    const classic = new ClassicUsers();
    return {
      workload(rw) {
        classic.add(rw);
        if (!nativeEffective(rw, ctx.config.istioVersion) || rw.sidecar.status === "none" || rw.admissionDenied) return;
        const ezRaw = rw.proxyEnv.get(EZ);
        const settings = [];
        if (rw.tdd.prov.level !== "default") settings.push(["terminationDrainDuration", rw.tdd, `terminationDrainDuration ${seconds(rw.tdd)}`]);
        if (rw.ez.prov.level !== "default" && ezRaw) settings.push([EZ, rw.ez, `${EZ} "${ezRaw.value}" (${origin(rw.ez.prov)})`]);
        if (rw.min.prov.level !== "default") settings.push([MIN, rw.min, `${MIN} ${seconds(rw.min)}`]);
        if (settings.length === 0) return;
        const involved = settings.map(([, v]) => v);
        const pointed = pointedSetting(involved);
        const names2 = joinWords(settings.map(([, , text]) => text));
        const plural2 = settings.length > 1;
        const subject = pointed?.prov.level === "mesh" ? `${workloadName(rw)} runs` : "the pod runs";
        const mode = `a native sidecar (${origin(rw.mode.prov)})`;
        const loss = drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion);
        const lossWhere = loss ? loss.ref ? `${loss.what}, ${loss.ref.view.file.path}:${locate(loss.ref).line}` : loss.what : "";
        const extra = rw.ez.value ? `MINIMUM_DRAIN_DURATION ${formatSeconds(rw.min.value)} and the connection checks` : `terminationDrainDuration ${formatSeconds(rw.tdd.value)}`;
        const assumed = assumedNote(rw);
        const single = settings[0][0];
        const lost = loss !== void 0;
        const putBack = loss?.ref !== void 0;
        const compose = (users) => {
          const remove = users !== void 0 ? `keep ${plural2 ? "them" : "it"} only for gateways and classic sidecars${users}` : `remove ${plural2 ? "them" : single}`;
          let message;
          if (!lost) {
            message = `${names2} ${plural2 ? "are" : "is"} not used: ${subject} ${mode}, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy immediately. ${capital(remove)}; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds.`;
          } else {
            message = `${names2} ${plural2 ? "do" : "does"} not drain while the app serves: ${subject} ${mode} whose /drain preStop ${lossWhere}, so istio-proxy gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another ${extra}. ${putBack ? `Put the preStop \`${DRAIN_HOOK}\` back and ${remove}.` : `Upgrade to Istio 1.21 or later for the /drain preStop${users !== void 0 ? `; ${remove}` : `, or ${remove}`}.`}`;
          }
          return `${message}${assumed}`;
        };
        const keys = pointed?.prov.level === "mesh" ? meshKeys(involved) : void 0;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          message: keys ? () => compose(classic.inThisRun(keys)) : compose(void 0),
          related: withoutPointed(
            [
              ...relatedValues(settings.map(([name, v]) => [name, v])),
              ...rw.mode.prov.ref ? [{ message: `native sidecar mode (${rw.mode.prov.source})`, ref: rw.mode.prov.ref }] : [],
              ...loss?.ref ? [{ message: `the native sidecar's /drain preStop ${loss.what}`, ref: loss.ref }] : []
            ],
            pointed
          )
        });
      }
    };
  }
});
var ClassicUsers = class {
  groups = /* @__PURE__ */ new Map();
  add(rw) {
    if (rw.sidecar.status === "none" || rw.admissionDenied || rw.mode.value !== "classic") return;
    const keys = [...meshKeys([rw.tdd, rw.ez, rw.min])].sort();
    if (keys.length === 0) return;
    const id = keys.join("\n");
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, g = { keys, count: 0, lowest: [] });
    g.count++;
    g.lowest = lowest([...g.lowest, workloadName(rw)]);
  }
  /** " (in this run: a, b, c and N more)" for those reading one of the settings, or '' when none does. */
  inThisRun(keys) {
    let count = 0;
    let names2 = [];
    for (const g of this.groups.values()) {
      if (!g.keys.some((k) => keys.has(k))) continue;
      count += g.count;
      names2 = lowest([...names2, ...g.lowest]);
    }
    if (count === 0) return "";
    return ` (in this run: ${count <= 3 ? names2.join(", ") : `${names2.join(", ")} and ${count - 3} more`})`;
  }
};
function lowest(names2) {
  return names2.sort().slice(0, 3);
}
function meshKeys(values) {
  return new Set(values.filter((v) => v.prov.level === "mesh" && v.prov.ref).map((v) => refKey(v.prov.ref)));
}
function refKey(ref) {
  return `${ref.view.file.path}#${ref.view.index}:${ref.path.join("/")}`;
}
function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// rules/native-sidecar-unsupported/index.ts
var ENV = "ENABLE_NATIVE_SIDECARS";
var native_sidecar_unsupported_default = defineRule({
  meta: {
    id: "native-sidecar-unsupported",
    severity: "error",
    description: 'Native sidecars are forced (sidecar.istio.io/nativeSidecar: "true" or istiod ENABLE_NATIVE_SIDECARS=true) for a target Kubernetes older than 1.29, which does not run init containers with restartPolicy: Always as sidecars.',
    fixable: false
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (!k8s || compareVersions(k8s, "1.29") >= 0) return {};
    const why2 = `the target Kubernetes ${k8s} does not run init containers with restartPolicy: Always as sidecars (on by default from 1.29; 1.28 only with the SidecarContainers alpha feature gate)`;
    const istio = ctx.config.istioVersion;
    const autoKnown = !istio || compareVersions(istio, "1.27") >= 0;
    const forcedByIstiod = [];
    return {
      workload(rw) {
        if (rw.mode.value === "native" && rw.mode.prov.level === "mesh" && rw.sidecar.status !== "none" && !rw.admissionDenied) forcedByIstiod.push(workloadName(rw));
        if (!nativeEffective(rw, istio) || rw.mode.prov.level !== "annotation" || rw.sidecar.status === "none" || rw.admissionDenied) return;
        ctx.report({
          at: rw.mode.prov.ref,
          workload: rw.workload,
          message: `${NATIVE_ANNOTATION}: "true" forces a native sidecar, but ${why2}: istio-proxy will not work as a sidecar in this pod. Remove the annotation (or write "false"), or target Kubernetes 1.29 or later.`
        });
      },
      end() {
        const settings = ctx.inventory.istiodEnv.filter((e) => e.name === ENV);
        const names2 = [...forcedByIstiod].sort();
        settings.forEach((env, i) => {
          if (String(env.value) !== "true") return;
          if (settings.slice(i + 1).some((later) => later.revision === env.revision && String(later.value) !== "true")) return;
          const scope = names2.length === 0 ? "every pod it injects" : `every pod it injects (${names2.length === 1 ? "1 workload" : `${names2.length} workloads`} of this run: ${shortList(names2)})`;
          ctx.report({
            at: env.ref,
            message: `${ENV}=true (${origin({ level: "mesh", source: env.label, ref: env.ref })}) forces native sidecars for ${scope}, but ${why2}: istio-proxy will not work as a sidecar. Set ${ENV} to "false"${autoKnown ? ` (or "auto", which checks each node's kubelet)` : ""}, or target Kubernetes 1.29 or later.`
          });
        });
      }
    };
  }
});
function shortList(names2) {
  return names2.length <= 3 ? names2.join(", ") : `${names2.slice(0, 3).join(", ")} and ${names2.length - 3} more`;
}

// rules/proxy-config-env-override/index.ts
var PROXY_CONFIG = "PROXY_CONFIG";
var INJECTED_INIT2 = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
var STATUS_ANNOTATION = "sidecar.istio.io/status";
var FIELDS = [
  { field: "terminationDrainDuration", keys: ["terminationDrainDuration", "termination_drain_duration"], of: (rw) => rw.replacedByProxyConfigEnv?.tdd ?? rw.tdd },
  { field: "drainDuration", keys: ["drainDuration", "drain_duration"], of: (rw) => rw.replacedByProxyConfigEnv?.dd ?? rw.dd }
];
function fieldIn(view, keys) {
  if (!view || !isRecord(view.value)) return void 0;
  for (const key of keys) {
    const raw = view.value[key];
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "proxy-container", source: `${PROXY_CONFIG} env of the ${PROXY_CONTAINER} container`, ref: { view, path: [key] } } };
  }
  return void 0;
}
var proxy_config_env_override_default = defineRule({
  meta: {
    id: "proxy-config-env-override",
    severity: "warning",
    description: "A user-declared istio-proxy container sets PROXY_CONFIG, which replaces the whole ProxyConfig the injector computes from the mesh config and ProxyConfig resources.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== "pod") return;
        if (STATUS_ANNOTATION in w.podAnnotations || w.containers.some((c) => c.init && INJECTED_INIT2.has(c.name))) return;
        if (injectionRuledOut(w, ctx.inventory)) return;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== PROXY_CONFIG) return;
            const valueRef = { view: w.view, path: [...c.path, "env", i, "value"] };
            const parsed = typeof e["value"] === "string" ? parseEmbedded(valueRef) : {};
            const noun = proxyNoun(rw);
            const lost = [];
            const related2 = [];
            let tddAfter;
            for (const f of FIELDS) {
              const before = f.of(rw);
              const after = before.prov.level === "annotation" ? before : fieldIn(parsed.view, f.keys) ?? { value: f.field === "terminationDrainDuration" ? 5 : 45, prov: { level: "default", source: "default" } };
              if (f.field === "terminationDrainDuration") tddAfter = after;
              if (after !== before && before.prov.level !== "default" && before.prov.ref) {
                lost.push(`${f.field} ${seconds(before)} no longer applies and the ${noun} has ${seconds(after)}`);
                related2.push(...relatedValues([[`${f.field} (lost)`, before], [f.field, after]]));
              }
            }
            let effect = "";
            if (lost.length > 0) effect = `: ${lost.join("; ")}`;
            else if (rw.mode.value !== "native") {
              effect = `; the ${noun} drains for terminationDrainDuration ${seconds(tddAfter)}`;
              related2.push(...relatedValues([["terminationDrainDuration", tddAfter]]));
            }
            const broken = parsed.error ? ` It does not even parse as ProxyConfig YAML or JSON (${parsed.error.message}), so pilot-agent fails to start.` : "";
            ctx.report({
              at: { view: w.view, path: [...c.path, "env", i, "name"] },
              workload: w,
              container: c.name,
              message: `${PROXY_CONFIG} is set in the env of the ${PROXY_CONTAINER} ${c.init ? "init container" : "container"} of ${workloadName(rw)}: the injector merges this container over its own and the user's entry wins, so it replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources (only the ${PROXY_CONFIG_ANNOTATION} annotation is applied again, at runtime)${effect}.${broken} Remove the entry and set the fields you need in the ${PROXY_CONFIG_ANNOTATION} annotation.`,
              related: related2
            });
          });
        }
      }
    };
  }
});

// rules/proxy-config-resource-misuse/index.ts
var CRD_FIELDS = ["selector", "concurrency", "environmentVariables", "image"];
var DURATION_FIELDS = {
  terminationDrainDuration: "terminationDrainDuration",
  termination_drain_duration: "terminationDrainDuration",
  drainDuration: "drainDuration",
  drain_duration: "drainDuration"
};
var GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
var PRUNED = "so the API server prunes it (or rejects the whole resource when field validation is strict, as with kubectl) and no proxy ever sees it";
function at3(ref) {
  return `${ref.view.file.path}:${locate(ref).line}`;
}
function labelText(labels) {
  return Object.entries(labels).map(([k, v]) => `${k}: ${String(v)}`).join(", ");
}
function labelsMatch2(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function olderFirst(a, b) {
  return (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order;
}
function rootNamespace2(ctx) {
  const kept = ctx.inventory.meshSources.filter((m) => !m.embedError && (ctx.resolution.meshProblems.get(m)?.length ?? 0) === 0);
  const own = kept.filter((m) => m.revision === "" || m.shared);
  own.sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
  let root = { value: "istio-system", prov: { level: "default", source: "the default root namespace" } };
  for (const m of own) {
    const r = m.value["rootNamespace"];
    if (typeof r === "string") root = { value: r, prov: { level: "mesh", source: `rootNamespace of the mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, "rootNamespace"] } } };
  }
  return root;
}
function selectorOf(pc) {
  const sel = get(pc.value, ["spec", "selector"]);
  if (sel === void 0 || sel === null) return { present: false, matchLabels: {} };
  const ml = isRecord(sel) ? sel["matchLabels"] : void 0;
  return { present: true, matchLabels: isRecord(ml) ? ml : {} };
}
function envNames(pc) {
  const env = get(pc.value, ["spec", "environmentVariables"]);
  return isRecord(env) ? Object.keys(env) : [];
}
function drainEnv(names2, rw) {
  const parts = [];
  const values = [];
  if (names2.includes(EZ)) {
    parts.push(`${EZ} ${String(rw.ez.value)} (${origin(rw.ez.prov)})`);
    values.push([EZ, rw.ez]);
  }
  if (names2.includes(MIN)) {
    parts.push(`${MIN} ${seconds(rw.min)}`);
    values.push([MIN, rw.min]);
  }
  return parts.length > 0 ? { text: parts.join(" and "), values } : void 0;
}
function more(n, what) {
  return n > 0 ? ` (and ${n} more ${what}${n === 1 ? "" : "s"})` : "";
}
var proxy_config_resource_misuse_default = defineRule({
  meta: {
    id: "proxy-config-resource-misuse",
    severity: "warning",
    description: "A ProxyConfig resource that cannot do what it is written for: fields its schema prunes (drain durations), a selector in the root namespace, a second selector-less ProxyConfig in one namespace, or a Gateway API gateway selected by a label other than gateway.networking.k8s.io/gateway-name.",
    fixable: false
  },
  create(ctx) {
    const root = rootNamespace2(ctx);
    const rootWords = `the root namespace ${root.value}${root.prov.level === "default" ? "" : ` (${origin(root.prov)})`}`;
    const losers = selectorlessLosers(ctx.inventory.proxyConfigs);
    const watches = [];
    for (const pc of ctx.inventory.proxyConfigs) {
      const spec = pc.value["spec"];
      if (!isRecord(spec)) continue;
      const selector = selectorOf(pc);
      const narrowed = selector.present && Object.keys(selector.matchLabels).length > 0 && pc.namespace !== void 0;
      watches.push({
        pc,
        spec,
        selector,
        targets: 0,
        wantsTargets: pc.namespace !== void 0 && (Object.keys(spec).some((k) => !CRD_FIELDS.includes(k)) || losers.has(pc)),
        wantsGateway: narrowed,
        wantsOutside: narrowed && pc.namespace === root.value,
        outside: 0,
        outsideNamespaces: /* @__PURE__ */ new Set()
      });
    }
    const everywhere = [];
    const targetsIn = /* @__PURE__ */ new Map();
    const gatewaysIn = /* @__PURE__ */ new Map();
    const fromRoot = [];
    const add = (m, ns, w) => m.set(ns, [...m.get(ns) ?? [], w]);
    for (const w of watches) {
      const ns = w.pc.namespace;
      if (w.wantsTargets) {
        if (!w.selector.present && ns === root.value) everywhere.push(w);
        else if (!w.selector.present || Object.keys(w.selector.matchLabels).length > 0) add(targetsIn, ns, w);
      }
      if (w.wantsGateway) add(gatewaysIn, ns, w);
      if (w.wantsOutside) fromRoot.push(w);
    }
    return {
      workload(rw) {
        const wl = rw.workload;
        const ns = wl.effectiveNamespace;
        if (wl.origin === "gateway-api" && ns !== void 0) {
          for (const w of gatewaysIn.get(ns) ?? []) if (!w.gateway && meantFor(w.selector.matchLabels, wl)) w.gateway = rw;
        }
        if (rw.sidecar.status === "none") return;
        for (const w of everywhere) {
          w.first ??= rw;
          w.targets++;
        }
        for (const w of ns === void 0 ? [] : targetsIn.get(ns) ?? []) {
          if (w.selector.present && !labelsMatch2(w.selector.matchLabels, wl.podLabels)) continue;
          w.first ??= rw;
          w.targets++;
        }
        if (ns === root.value) return;
        for (const w of fromRoot) {
          if (!labelsMatch2(w.selector.matchLabels, wl.podLabels)) continue;
          w.outsideFirst ??= rw;
          w.outside++;
          w.outsideNamespaces.add(ns ?? "(unknown)");
        }
      },
      end() {
        for (const { pc, spec, selector, first, targets, gateway, outsideFirst: w0, outside, outsideNamespaces } of watches) {
          const label2 = crLabel(pc);
          const specPath = [...pc.base, "spec"];
          for (const [key, value] of Object.entries(spec)) {
            if (CRD_FIELDS.includes(key)) continue;
            const ref = { view: pc.view, path: [...specPath, key], target: "key" };
            const field = DURATION_FIELDS[key];
            let message;
            let related2 = [];
            if (field) {
              const v = first ? field === "terminationDrainDuration" ? first.tdd : first.dd : void 0;
              const effect = first && v ? `: ${workloadName(first)}${more(targets - 1, "workload")} ${field === "terminationDrainDuration" ? "drains for" : "has"} ${field} ${seconds(v)}` : "";
              if (v) related2 = relatedValues([[field, v]]);
              const suggested = suggestDuration(value);
              const line = `${field}: "${suggested ?? "30s"}"`;
              const meshWide = !selector.present && pc.namespace === root.value;
              const where = meshWide ? `meshConfig.defaultConfig (${line}) for every proxy` : `the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template (${line})`;
              message = `${key} is not a field of ${label2}: the ProxyConfig resource has only selector, concurrency, environmentVariables and image, ${PRUNED}${effect}. Set it in ${where} and remove it here.`;
            } else if (key === EZ || key === MIN || /^[A-Z][A-Z0-9_]*$/.test(key)) {
              const env = first ? drainEnv([key], first) : void 0;
              if (env) related2 = relatedValues(env.values);
              const shown2 = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(String(value));
              message = `${key} is not a field of ${label2}: proxy environment variables go under spec.environmentVariables, ${PRUNED}${env && first ? `: ${workloadName(first)} gets ${env.text}` : ""}. Move it to spec.environmentVariables as ${key}: ${shown2}.`;
            } else if (key === "proxyMetadata" || key === "proxy_metadata" || key === "environment_variables") {
              const names2 = isRecord(value) ? Object.keys(value) : [];
              const env = first ? drainEnv(names2, first) : void 0;
              if (env) related2 = relatedValues(env.values);
              message = `${key} is not a field of ${label2}: the ProxyConfig resource calls it environmentVariables, ${PRUNED}${env && first ? `: ${workloadName(first)} gets ${env.text}` : ""}. Rename the key to environmentVariables.`;
            } else {
              message = `${key} is not a field of ${label2}: the ProxyConfig resource has only selector, concurrency, environmentVariables and image, ${PRUNED}. Set it in the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template or in meshConfig.defaultConfig instead.`;
            }
            ctx.report({ at: ref, resource: crResource(pc), message, related: related2 });
          }
          const sel = spec["selector"];
          if (isRecord(sel)) {
            const stray = Object.keys(sel).filter((k) => k !== "matchLabels");
            for (const key of stray) {
              const none = !isRecord(sel["matchLabels"]) || Object.keys(sel["matchLabels"]).length === 0;
              ctx.report({
                at: { view: pc.view, path: [...specPath, "selector", key], target: "key" },
                resource: crResource(pc),
                message: `${key} is not a field of the selector of ${label2} (a workload selector has only matchLabels): the API server prunes it${none ? ", and istiod skips a ProxyConfig whose selector has no matchLabels, so the resource applies to no pod" : ""}. Move it under spec.selector.matchLabels${none ? ", or remove the selector to apply the resource to the whole namespace" : ""}.`
              });
            }
            if (stray.length === 0 && (!isRecord(sel["matchLabels"]) || Object.keys(sel["matchLabels"]).length === 0)) {
              ctx.report({
                at: { view: pc.view, path: [...specPath, "selector"], target: "key" },
                resource: crResource(pc),
                message: `${label2} has a selector without matchLabels: istiod skips it both as a namespace-wide ProxyConfig (it has a selector) and as a workload one (no labels to match), so it applies to no pod. Remove the selector to apply it to namespace ${pc.namespace ?? "(its namespace)"}, or add matchLabels.`
              });
            }
          }
          if (!selector.present || Object.keys(selector.matchLabels).length === 0 || !pc.namespace) continue;
          const matchLabelsPath = [...specPath, "selector", "matchLabels"];
          if (gateway && !labelsMatch2(selector.matchLabels, gateway.workload.podLabels)) {
            const g = gateway.workload;
            const wrong = Object.keys(selector.matchLabels).find((k) => g.podLabels[k] !== selector.matchLabels[k]);
            const env = drainEnv(envNames(pc), gateway);
            const related2 = [];
            if (g.anchor) related2.push({ message: `Gateway ${g.namespace ? `${g.namespace}/` : ""}${g.name ?? ""} (class ${g.gatewayClass ?? ""})`, ref: g.anchor });
            if (env) related2.push(...relatedValues(env.values));
            ctx.report({
              at: { view: pc.view, path: [...matchLabelsPath, wrong], target: "key" },
              resource: crResource(pc),
              message: `${label2} selects ${labelText(selector.matchLabels)}, but istiod computes the ProxyConfig of Gateway ${g.namespace ? `${g.namespace}/` : ""}${g.name ?? ""} (class ${g.gatewayClass ?? ""}${g.anchor ? `, ${at3(g.anchor)}` : ""}) from the single label ${GATEWAY_NAME}: ${g.name ?? ""}, so this resource never applies to it${env ? `: the ${proxyNoun(gateway)} gets ${env.text}` : ""}. Select ${GATEWAY_NAME}: ${g.name ?? "<gateway name>"} only.`,
              related: related2
            });
            continue;
          }
          if (pc.namespace === root.value) {
            if (!w0) continue;
            const w = w0.workload;
            const env = drainEnv(envNames(pc), w0);
            const labelRef = { view: w.view, path: [...w.labelsPath, Object.keys(selector.matchLabels)[0]], target: "key" };
            const related2 = [{ message: `pod labels of ${workloadName(w0)}`, ref: labelRef }];
            if (root.prov.ref) related2.push({ message: `rootNamespace ${root.value} (${root.prov.source})`, ref: root.prov.ref });
            if (env) related2.push(...relatedValues(env.values));
            const n = outside - 1;
            const others = n > 0 ? `, nor ${n} more workload${n === 1 ? "" : "s"} outside ${root.value}` : "";
            const nss = [...outsideNamespaces];
            ctx.report({
              at: { view: pc.view, path: [...specPath, "selector"], target: "key" },
              resource: crResource(pc),
              message: `${label2} has a selector (${labelText(selector.matchLabels)}) but sits in ${rootWords}, where a selector matches only pods of ${root.value} itself: it does not reach ${workloadName(w0)} (${at3(labelRef)})${env ? `, which has ${env.text}` : ""}${others}. Remove the selector to apply it mesh-wide, or create it in namespace${nss.length === 1 ? "" : "s"} ${joinWords(nss)} to target those pods.`,
              related: related2
            });
          }
        }
        const firstOf = new Map(watches.map((w) => [w.pc, w.first]));
        for (const [pc, winner] of losers) {
          const winnerRef = { view: winner.view, path: [...winner.base, "metadata", "name"] };
          const scope = pc.namespace === root.value ? `of ${rootWords} (the mesh-wide level)` : `of a namespace`;
          const why2 = winner.creationTimestamp && pc.creationTimestamp ? `created ${stamp(winner)}, before this one (${stamp(pc)})` : "listed earlier in the input (without creationTimestamp on both, drainlint takes input order as creation order)";
          const first = firstOf.get(pc);
          const env = first ? drainEnv(envNames(pc), first) : void 0;
          const related2 = [{ message: `${crLabel(winner)} (applies)`, ref: winnerRef }];
          if (env) related2.push(...relatedValues(env.values));
          ctx.report({
            at: { view: pc.view, path: [...pc.base, "metadata", "name"] },
            resource: crResource(pc),
            message: `${crLabel(pc)} has no selector, and neither has ${crLabel(winner)} (${at3(winnerRef)}), which is older: ${why2}. istiod applies only the oldest selector-less ProxyConfig ${scope}, so this one is ignored${env && first ? `: ${workloadName(first)} gets ${env.text}` : ""}. Merge its settings into ${crLabel(winner)} and delete it.`,
            related: related2
          });
        }
      }
    };
  }
});
function selectorlessLosers(pcs) {
  const byNs = /* @__PURE__ */ new Map();
  for (const pc of pcs) {
    if (!pc.namespace || selectorOf(pc).present || !isRecord(pc.value["spec"])) continue;
    byNs.set(pc.namespace, [...byNs.get(pc.namespace) ?? [], pc]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const list of byNs.values()) {
    if (list.length < 2) continue;
    const [winner, ...rest] = [...list].sort(olderFirst);
    for (const pc of rest) out.set(pc, winner);
  }
  return out;
}
function stamp(pc) {
  const ref = { view: pc.view, path: [...pc.base, "metadata", "creationTimestamp"] };
  return written(ref, get(pc.view.value, ref.path)).replace(/^"|"$/g, "");
}
function meantFor(selector, g) {
  if (GATEWAY_NAME in selector) return selector[GATEWAY_NAME] === g.name;
  if (g.name !== void 0 && Object.values(selector).includes(g.name)) return true;
  const own = get(g.value, ["metadata", "labels"]);
  return isRecord(own) && labelsMatch2(selector, own);
}

// rules/proxy-exits-before-app/index.ts
var proxy_exits_before_app_default = defineRule({
  meta: {
    id: "proxy-exits-before-app",
    severity: "warning",
    description: "Classic sidecar without EXIT_ON_ZERO_ACTIVE_CONNECTIONS: Envoy is killed after terminationDrainDuration, before the app has stopped or its requests have finished.",
    fixable: false
  },
  create(ctx) {
    const ezSupported = !ctx.config.istioVersion || compareVersions(ctx.config.istioVersion, "1.12") >= 0;
    return {
      workload(rw) {
        if (!drainsClassically(rw) || rw.ez.value) return;
        if (rw.gateway) return;
        const pp = rw.proxyPreStop.seconds;
        if (pp === void 0) return;
        const app = appStop(rw);
        const l = rw.lifetime;
        const killedAt = pp + rw.tdd.value;
        const byApp = app !== void 0 && (l === void 0 || app >= l.value);
        const target = byApp ? app : l?.value;
        if (target === void 0 || killedAt >= target) return;
        const sa = rw.shutdown;
        const pa = rw.appPreStop;
        const proxy = proxyNoun(rw);
        let reason;
        if (byApp) {
          const parts = [(pa.seconds ?? 0) > 0 ? `preStop ${seconds(pa)}` : void 0, sa && sa.value > 0 ? `shutdown ${seconds(sa)}` : void 0].filter(Boolean);
          reason = `the app stops only at ${formatSeconds(target)} (${parts.join(" + ")})`;
        } else {
          reason = `requests or connections may stay in flight for ${seconds(l, "connection lifetime")}`;
        }
        const tdd = Math.ceil(target - pp);
        const minNeeded = pa.seconds !== void 0 ? Math.ceil(pa.seconds - pp) : 0;
        const minPart = rw.min.value < minNeeded ? ` with MINIMUM_DRAIN_DURATION "${formatSeconds(minNeeded)}"` : "";
        const gPart = rw.grace.value < pp + tdd ? ` and terminationGracePeriodSeconds to at least ${pp + tdd}` : "";
        const killed = `${pp > 0 ? `after its preStop (${seconds(rw.proxyPreStop)}) plus` : "after"} terminationDrainDuration ${seconds(rw.tdd)}`;
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          message: `The ${proxy} is killed at ${formatSeconds(killedAt)}, ${killed}, since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (${origin(rw.ez.prov)}), but ${reason}: the app's inbound and outbound traffic fails once the proxy is gone. ` + (ezSupported ? `Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true"${minPart} in proxyMetadata, or raise terminationDrainDuration to at least ${formatSeconds(tdd)}${gPart}.` : `Raise terminationDrainDuration to at least ${formatSeconds(tdd)}${gPart} (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12).`) + `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: withoutPointed(
            relatedValues([
              ["terminationDrainDuration", rw.tdd],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0],
              ["app preStop", byApp ? pa : void 0],
              ["shutdown duration", byApp ? sa : void 0],
              ["connection lifetime", byApp ? void 0 : l]
            ]),
            pointedSetting(involved)
          )
        });
      }
    };
  }
});

// rules/proxy-metadata-not-string/index.ts
function fix(name, value, ref) {
  const shown2 = written(ref, value);
  let text;
  if (name === EZ2) {
    if (typeof value === "boolean") text = String(value);
    else if (value === 1 || value === 0) text = value === 1 ? "true" : "false";
  } else if (name === MIN2) {
    text = suggestDuration(value);
  } else if (typeof value === "boolean") {
    text = String(value);
  } else if (typeof value === "number") {
    text = shown2;
  }
  if (text === void 0) return `write a string value, e.g. ${name}: "${name === EZ2 ? "true" : name === MIN2 ? "30s" : "…"}"`;
  return text === shown2 ? `quote it: ${name}: "${text}"` : `write ${name}: "${text}"`;
}
var proxy_metadata_not_string_default = defineRule({
  meta: {
    id: "proxy-metadata-not-string",
    severity: "error",
    description: "A proxyMetadata or ProxyConfig environmentVariables value is a YAML boolean or number, not a string: istiod discards the whole mesh config, admission denies the pod, or the API server rejects the ProxyConfig.",
    fixable: false
  },
  create(ctx) {
    return {
      // The proxy.istio.io/config annotation: the injector fails to parse it and admission denies the pod.
      workload(rw) {
        for (const p of rw.annotationProblems) {
          if (p.kind !== "metadata-not-string" || !realProblem(p)) continue;
          const mdKey = String(p.ref.path[p.ref.path.length - 2]);
          ctx.report({
            at: p.ref,
            workload: rw.workload,
            message: `${mdKey} value ${p.field}: ${written(p.ref, p.value)} in the ${PROXY_CONFIG_ANNOTATION} annotation is ${yamlType(p.value)}, not a string: ${admissionDenial(rw, "cannot parse the annotation")}; ${fix(p.field, p.value, p.ref)}.`
          });
        }
      },
      end() {
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (p.kind !== "metadata-not-string" || !realProblem(p)) continue;
            const mdKey = String(p.ref.path[p.ref.path.length - 2]);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${mdKey} value ${p.field}: ${written(p.ref, p.value)} in the mesh config (${m.label}) is ${yamlType(p.value)}, not a string: istiod cannot unmarshal it into the string map, rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply; ${fix(p.field, p.value, p.ref)}.`
            });
          }
        }
        for (const pc of ctx.inventory.proxyConfigs) {
          for (const [name, value] of rejectedCrValues(pc)) {
            const ref = { view: pc.view, path: [...pc.base, "spec", "environmentVariables", name] };
            ctx.report({
              at: ref,
              resource: crResource(pc),
              message: `environmentVariables value ${name}: ${written(ref, value)} in ${crLabel(pc)} is ${yamlType(value)}, not a string: the API server rejects the ProxyConfig (its schema types every value as a string), so none of its variables reach any proxy; ${fix(name, value, ref)}.`
            });
          }
        }
      }
    };
  }
});

// rules/removed-setting/index.ts
var INJECTED_INIT3 = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
var FLAG = /^--(drainDuration|parentShutdownDuration)(?:=(.*))?$/;
function tddsDuration(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return `"${value}s"`;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return `"${Number(value.trim())}s"`;
  return void 0;
}
function tddLine(value) {
  return `terminationDrainDuration: ${tddsDuration(value) ?? '"<seconds>s"'}`;
}
function meshTdd(view, path5, dc, label2) {
  for (const key of ["terminationDrainDuration", "termination_drain_duration"]) {
    const raw = dc[key];
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "mesh", source: `mesh config in ${label2}`, ref: { view, path: [...path5, key] } } };
  }
  return { value: 5, prov: { level: "default", source: "default" } };
}
function proxyConfigMaps(value) {
  const out = [];
  for (const key of ["proxyMetadata", "proxy_metadata"]) {
    const md = value[key];
    if (isRecord(md)) out.push([key, md]);
  }
  return out;
}
var removed_setting_default = defineRule({
  meta: {
    id: "removed-setting",
    severity: "warning",
    description: "A drain setting that Istio removed (TERMINATION_DRAIN_DURATION_SECONDS, parentShutdownDuration, pilot-agent --drainDuration/--parentShutdownDuration) is silently ignored.",
    fixable: false
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const tddsGone = removedIn(version, TDDS_REMOVED);
    const psdGone = removedIn(version, PSD_REMOVED);
    const flagsGone = removedIn(version, FLAGS_REMOVED);
    const tddsGoneText = `was removed in Istio ${TDDS_REMOVED} and is ignored`;
    const psdGoneText = `was removed in Istio ${PSD_REMOVED} and is ignored (hot restart is disabled, so it never bounded the proxy's shutdown)`;
    const report = (site, message, related2 = []) => {
      ctx.report({
        at: { view: site.view, path: site.path, target: site.target ?? "key" },
        message,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        related: relatedValues(related2.map((v) => ["terminationDrainDuration", v]))
      });
    };
    const proxyConfig = (view, path5, value, where, subject, tdd, fix2, site) => {
      const noSidecar = site.sidecar?.status === "none";
      const effective = noSidecar ? `the pod gets no sidecar anyway (${site.sidecar.reason})` : `${subject} for terminationDrainDuration ${seconds(tdd)}`;
      const rel = tdd.prov.level === "default" || noSidecar ? [] : [tdd];
      const tddSetHere = tdd.prov.ref?.view === view && tdd.prov.ref.path.length === path5.length + 1;
      for (const key of Object.keys(value)) {
        if (key === TDDS3 && tddsGone) {
          const todo = tddSetHere ? "remove the key" : `${fix2(tddLine(value[key]))} and remove the key`;
          report(
            { ...site, view, path: [...path5, key] },
            `${TDDS3} in ${where} is a pilot-agent environment variable (never a ProxyConfig key) that ${tddsGoneText}: ${effective}. ${capitalize(todo)}.`,
            rel
          );
        } else if (isParentShutdownKey(key) && psdGone) {
          report({ ...site, view, path: [...path5, key] }, `${key} in ${where} ${psdGoneText}: remove it; ${effective}.`, rel);
        }
      }
      if (!tddsGone) return;
      for (const [mdKey, md] of proxyConfigMaps(value)) {
        if (!(TDDS3 in md)) continue;
        const todo = tddSetHere ? "remove the variable" : `${fix2(tddLine(md[TDDS3]))} and remove the variable`;
        report({ ...site, view, path: [...path5, mdKey, TDDS3] }, `${TDDS3} in ${mdKey} of ${where} ${tddsGoneText}: ${effective}. ${capitalize(todo)}.`, rel);
      }
    };
    return {
      // 2. Workloads: the annotation, container env, and pilot-agent flags of the istio-proxy container.
      workload(rw) {
        if (rw.admissionDenied) return;
        const w = rw.workload;
        if (w.origin === "iop-gateway") return;
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value)) {
          proxyConfig(
            ann.view,
            [],
            ann.view.value,
            `the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)}`,
            "the proxy drains",
            rw.tdd,
            (line) => `write ${line} in the annotation`,
            { workload: w, sidecar: rw.sidecar }
          );
        }
        const proxy = w.containers.some((c) => c.name === PROXY_CONTAINER);
        for (const c of w.containers) {
          if (proxy && c.init && INJECTED_INIT3.has(c.name)) continue;
          containerEnv(rw, c, tddsGone, report, tddsGoneText);
          if (c.name === PROXY_CONTAINER && flagsGone) agentFlags(rw, c, ctx);
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const where = `the mesh config (${m.label})`;
          const resource2 = resourceId(m.resource);
          for (const key of Object.keys(m.value)) {
            const site = { view: m.view, path: [...m.path, key], resource: resource2 };
            if (key === TDDS3 && tddsGone) {
              report(site, `${TDDS3} at the top level of ${where} is a pilot-agent environment variable that ${tddsGoneText}: set meshConfig.defaultConfig.${tddLine(m.value[key])} and remove the key.`);
            } else if (isParentShutdownKey(key) && psdGone) {
              report(site, `${key} at the top level of ${where} ${psdGoneText}: remove it; the drain is meshConfig.defaultConfig.terminationDrainDuration.`);
            }
          }
          for (const dcKey of ["defaultConfig", "default_config"]) {
            const dc = m.value[dcKey];
            if (!isRecord(dc)) continue;
            const path5 = [...m.path, dcKey];
            const tdd = meshTdd(m.view, path5, dc, m.label);
            proxyConfig(m.view, path5, dc, `${dcKey} of ${where}`, "sidecars using it drain", tdd, (line) => `set meshConfig.defaultConfig.${line}`, { resource: resource2 });
          }
        }
        if (tddsGone) {
          for (const pc of ctx.inventory.proxyConfigs) {
            const env = isRecord(pc.value["spec"]) ? pc.value["spec"]["environmentVariables"] : void 0;
            if (!isRecord(env) || !(TDDS3 in env)) continue;
            report(
              { view: pc.view, path: [...pc.base, "spec", "environmentVariables", TDDS3], resource: resourceId(pc) },
              `${TDDS3} in environmentVariables of ProxyConfig ${pc.namespace ?? ""}/${pc.name ?? ""} ${tddsGoneText}, and the ProxyConfig resource has no drain field: set ${tddLine(env[TDDS3])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable.`
            );
          }
        }
        if (tddsGone) {
          for (const iop of istioOperators(ctx)) {
            for (const group of ["ingressGateways", "egressGateways"]) {
              const list = iop.value["spec"] && isRecord(iop.value["spec"]) && isRecord(iop.value["spec"]["components"]) ? iop.value["spec"]["components"][group] : void 0;
              if (!Array.isArray(list)) continue;
              list.forEach((gw, gi) => {
                const env = isRecord(gw) && isRecord(gw["k8s"]) ? gw["k8s"]["env"] : void 0;
                if (!Array.isArray(env)) return;
                env.forEach((e, ei) => {
                  if (!isRecord(e) || e["name"] !== TDDS3) return;
                  const name = isRecord(gw) && typeof gw["name"] === "string" ? gw["name"] : `${group}[${gi}]`;
                  const tdd = iopTdd(iop);
                  report(
                    { view: iop.view, path: [...iop.base, "spec", "components", group, gi, "k8s", "env", ei, "name"], target: "value", resource: resourceId(iop) },
                    `${TDDS3} in k8s.env of gateway ${name} (IstioOperator ${iop.namespace ?? "istio-system"}/${iop.name ?? "(unnamed)"}) ${tddsGoneText}: the gateway drains for terminationDrainDuration ${seconds(tdd)}. Set meshConfig.defaultConfig.${tddLine(e["value"])}, or ${tddLine(e["value"])} in a ${PROXY_CONFIG_ANNOTATION} annotation under k8s.podAnnotations, and remove the variable.`,
                    tdd.prov.level === "default" ? [] : [tdd]
                  );
                });
              });
            }
          }
        }
      }
    };
  }
});
function containerEnv(rw, c, tddsGone, report, goneText) {
  if (!tddsGone) return;
  const env = c.value["env"];
  if (!Array.isArray(env)) return;
  env.forEach((e, i) => {
    if (!isRecord(e) || e["name"] !== TDDS3) return;
    const proxy = c.name === PROXY_CONTAINER;
    const w = rw.workload;
    const where = proxy ? `the env of the ${PROXY_CONTAINER} container of ${workloadName(rw)}` : `the env of container ${c.name || "(unnamed)"} of ${workloadName(rw)} (only the ${PROXY_CONTAINER} container's env was ever read)`;
    const none = rw.sidecar.status === "none";
    report(
      { view: w.view, path: [...c.path, "env", i, "name"], target: "value", workload: w, container: c.name || void 0 },
      none ? `${TDDS3} in ${where} ${goneText}, and the pod gets no sidecar anyway (${rw.sidecar.reason}): remove the variable, or, if the pod is meant to be in the mesh, set ${tddLine(e["value"])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead.` : `${TDDS3} in ${where} ${goneText}: the proxy drains for terminationDrainDuration ${seconds(rw.tdd)}. Set ${tddLine(e["value"])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation and remove the variable.`,
      rw.tdd.prov.level === "default" || none ? [] : [rw.tdd]
    );
  });
}
function agentFlags(rw, c, ctx) {
  const args = c.value["args"];
  if (!Array.isArray(args)) return;
  const w = rw.workload;
  args.forEach((a, i) => {
    if (typeof a !== "string") return;
    const m = FLAG.exec(a.trim());
    if (!m) return;
    const flag = m[1];
    const raw = m[2] ?? (typeof args[i + 1] === "string" && !String(args[i + 1]).startsWith("-") ? String(args[i + 1]) : void 0);
    const secs = raw !== void 0 ? parseGoDuration(raw) : void 0;
    const base2 = `pilot-agent flag --${flag} in the args of the ${PROXY_CONTAINER} container of ${workloadName(rw)} was removed in Istio ${FLAGS_REMOVED} and is ignored (unknown flags are tolerated)`;
    let message;
    let related2 = [];
    if (flag === "drainDuration") {
      const value = secs !== void 0 ? `"${formatSeconds(secs)}"` : '"45s"';
      message = `${base2}: Envoy's drain window stays drainDuration ${seconds(rw.dd)}. Write drainDuration: ${value} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead and remove the flag.`;
      related2 = [["drainDuration", rw.dd]];
    } else {
      message = `${base2}: remove it; the proxy's drain is terminationDrainDuration ${seconds(rw.tdd)}.`;
      related2 = [["terminationDrainDuration", rw.tdd]];
    }
    ctx.report({
      at: { view: w.view, path: [...c.path, "args", i] },
      message,
      workload: w,
      container: c.name,
      related: relatedValues(related2.filter(([, v]) => v.prov.level !== "default"))
    });
  });
}
function istioOperators(ctx) {
  return ctx.inventory.istioOperators;
}
function iopTdd(iop) {
  const label2 = `IstioOperator ${iop.namespace ?? "istio-system"}/${iop.name ?? "(unnamed)"}`;
  let tdd = { value: 5, prov: { level: "default", source: "default" } };
  for (const [p, l] of [[["spec", "values", "meshConfig"], `${label2} spec.values.meshConfig`], [["spec", "meshConfig"], `${label2} spec.meshConfig`]]) {
    const path5 = [...iop.base, ...p, "defaultConfig"];
    const dc = get(iop.view.value, path5);
    if (!isRecord(dc)) continue;
    const t = meshTdd(iop.view, path5, dc, l);
    if (t.prov.level !== "default") tdd = t;
  }
  return tdd;
}
function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// rules/termination-drain-duration-ignored/index.ts
var termination_drain_duration_ignored_default = defineRule({
  meta: {
    id: "termination-drain-duration-ignored",
    severity: "warning",
    description: "terminationDrainDuration is set but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: the agent never reads it; MINIMUM_DRAIN_DURATION is the setting that applies.",
    fixable: false
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw)) return;
        if (!rw.ez.value || rw.tdd.prov.level === "default") return;
        const tdd = formatSeconds(rw.tdd.value);
        const minShort = rw.min.value < rw.tdd.value;
        const shared = rw.tdd.prov.level === "mesh" && rw.ez.prov.level !== "mesh" && rw.ez.prov.level !== "root-proxyconfig";
        const fix2 = shared ? `${minShort ? `Set MINIMUM_DRAIN_DURATION "${tdd}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the ${tdd} were meant as the minimum drain here` : "MINIMUM_DRAIN_DURATION already covers it"}; the mesh-wide terminationDrainDuration only applies to workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS.` : minShort ? `Set MINIMUM_DRAIN_DURATION "${tdd}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the ${tdd} were meant as the minimum drain, and remove terminationDrainDuration.` : "Remove terminationDrainDuration.";
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          message: `terminationDrainDuration ${seconds(rw.tdd)} is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}): the ${proxyNoun(rw)} waits MINIMUM_DRAIN_DURATION ${seconds(rw.min)}, then exits as soon as no connection is open. ${fix2}${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: withoutPointed(
            relatedValues([
              ["terminationDrainDuration", rw.tdd],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["MINIMUM_DRAIN_DURATION", rw.min]
            ]),
            pointedSetting(involved)
          )
        });
      }
    };
  }
});

// rules/unknown-proxy-config-key/index.ts
var GRACE_KEYS = /* @__PURE__ */ new Set(["terminationGracePeriodSeconds", "termination_grace_period_seconds"]);
function snake(name) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
function fieldsFor(specs, version) {
  const accepted = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  const names2 = [];
  for (const [name, spec] of Object.entries(specs)) {
    const gone = spec.removed !== void 0 && (!version || compareVersions(version, spec.removed) >= 0);
    for (const spelling of /* @__PURE__ */ new Set([name, snake(name)])) {
      if (gone) removed.set(spelling, [name, spec.removed]);
      else accepted.set(spelling, name);
    }
    if (!gone) names2.push(name);
  }
  return { accepted, removed, names: names2, specs };
}
function rewrite(field, spec, value) {
  const line = rewriteLine(field, spec, value);
  return line ? `write ${line}` : `rename the key to ${field}`;
}
function rewriteLine(field, spec, value) {
  if (spec?.type === "duration") {
    let secs;
    if (typeof value === "number" && value >= 0) secs = value;
    else if (typeof value === "string") secs = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : parseGoDuration(value.trim());
    if (secs !== void 0) return `${field}: "${formatSeconds(secs)}"`;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return `${field}: ${typeof value === "string" ? JSON.stringify(value) : String(value)}`;
  }
  return void 0;
}
var unknown_proxy_config_key_default = defineRule({
  meta: {
    id: "unknown-proxy-config-key",
    severity: "warning",
    description: "A key in meshConfig.defaultConfig, the proxy.istio.io/config annotation or at the top level of the MeshConfig is not a field Istio knows, so it is silently dropped.",
    fixable: false
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const proxy = fieldsFor(PROXY_CONFIG_FIELDS, version);
    const mesh = fieldsFor(MESH_CONFIG_FIELDS, version);
    const versionWord = version ? `Istio ${version}` : "current Istio";
    const proxyConfigAdvice = (key, value, rw) => {
      const none = { stays: "", related: [] };
      const gone = proxy.removed.get(key);
      if (gone) return { ...none, text: `${gone[0]} was removed in Istio ${gone[1]}: remove it.` };
      if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
        const shown2 = JSON.stringify(value === null || value === void 0 ? "" : String(value));
        return { ...none, text: `it looks like a proxy environment variable, and only proxyMetadata turns those into env: move it under proxyMetadata as a string (${key}: ${shown2}).` };
      }
      const camel = snakeToCamel(key);
      if (/^termination_?grace_?period/i.test(camel)) {
        return { ...none, text: "the grace period is not a proxy setting: set terminationGracePeriodSeconds in the pod spec instead." };
      }
      const guess = closest(camel, proxy.names);
      if (!guess) return { ...none, text: `${versionWord} has no such ProxyConfig field: remove it or fix the name.` };
      let stays = "";
      const related2 = [];
      if (rw && (guess === "terminationDrainDuration" || guess === "drainDuration")) {
        const v = guess === "terminationDrainDuration" ? rw.tdd : rw.dd;
        stays = `, so ${guess} stays ${seconds(v)}`;
        related2.push([guess, v]);
      }
      if (guess === "proxyMetadata" && isRecord(value) && Object.keys(value).length > 0) {
        const names2 = Object.keys(value);
        stays = `, so ${names2.join(", ")} never ${names2.length === 1 ? "reaches" : "reach"} the proxy's environment`;
      }
      return { stays, text: `did you mean ${guess}? ${capitalize2(rewrite(guess, proxy.specs[guess], value))}.`, related: related2 };
    };
    const proxyConfig = (view, path5, value, where, drops, rw) => {
      for (const key of Object.keys(value)) {
        if (proxy.accepted.has(key)) continue;
        if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
        const advice = proxyConfigAdvice(key, value[key], rw);
        ctx.report({
          at: { view, path: [...path5, key], target: "key" },
          message: `Unknown key ${key} in ${where}: ${drops}${advice.stays}; ${advice.text}`,
          workload: rw?.workload,
          related: relatedValues(advice.related)
        });
      }
    };
    return {
      workload(rw) {
        if (rw.admissionDenied) return;
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        proxyConfig(ann.view, [], ann.view.value, `the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)}`, "the injector and pilot-agent ignore unknown keys", rw);
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const where = `the mesh config (${m.label})`;
          const resource2 = resourceId(m.resource);
          for (const dcKey of ["defaultConfig", "default_config"]) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) proxyConfig(m.view, [...m.path, dcKey], dc, `${dcKey} of ${where}`, "istiod drops unknown ProxyConfig keys silently");
          }
          for (const key of Object.keys(m.value)) {
            if (mesh.accepted.has(key)) continue;
            if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
            let advice;
            const gone = mesh.removed.get(key);
            const proxyField = proxy.accepted.get(key);
            if (gone) advice = `${gone[0]} was removed in Istio ${gone[1]}: remove it`;
            else if (proxyField) advice = `${key} is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.${key}`;
            else if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
              advice = `it is a proxy environment variable and belongs under defaultConfig.proxyMetadata, as a string: move it to meshConfig.defaultConfig.proxyMetadata.${key}`;
            } else {
              const camel = snakeToCamel(key);
              const meshGuess = closest(camel, mesh.names);
              const proxyGuess = meshGuess ? void 0 : closest(camel, proxy.names);
              if (meshGuess) advice = `did you mean ${meshGuess}?`;
              else if (proxyGuess) {
                const line = rewriteLine(proxyGuess, proxy.specs[proxyGuess], m.value[key]) ?? `${proxyGuess}:`;
                advice = `did you mean ${proxyGuess}? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.${line}`;
              } else advice = `${versionWord} has no such MeshConfig field: remove it or fix the name`;
            }
            ctx.report({
              at: { view: m.view, path: [...m.path, key], target: "key" },
              message: `Unknown key ${key} at the top level of ${where}: istiod drops unknown MeshConfig keys silently; ${advice}${advice.endsWith("?") ? "" : "."}`,
              resource: resource2
            });
          }
        }
      }
    };
  }
});
function capitalize2(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// rules/index.ts
var RULES = [
  annotation_not_rendered_default,
  connections_outlive_grace_period_default,
  drain_env_on_app_container_default,
  drain_exceeds_grace_period_default,
  drain_setting_outside_proxy_metadata_default,
  drain_settings_unused_default,
  exit_on_zero_unbounded_default,
  exit_on_zero_version_bug_default,
  gateway_drain_too_short_default,
  global_lifecycle_override_default,
  inject_annotation_not_label_default,
  injection_blocked_by_namespace_default,
  invalid_boolean_default,
  invalid_duration_default,
  invalid_field_type_default,
  invalid_mesh_config_default,
  invalid_native_sidecar_annotation_default,
  listeners_close_before_drain_ends_default,
  min_drain_shorter_than_app_prestop_default,
  misplaced_annotation_default,
  misplaced_grace_period_default,
  native_sidecar_ignores_drain_settings_default,
  native_sidecar_unsupported_default,
  proxy_config_env_override_default,
  proxy_config_resource_misuse_default,
  proxy_exits_before_app_default,
  proxy_metadata_not_string_default,
  removed_setting_default,
  termination_drain_duration_ignored_default,
  unknown_proxy_config_key_default
];

// src/lint.ts
import path4 from "node:path";

// src/engine.ts
import path3 from "node:path";

// src/parse.ts
var import_yaml4 = __toESM(require_dist(), 1);
var LARGE_DOCUMENT = 4 * 1024 * 1024;
var READ_KINDS = /* @__PURE__ */ new Set([...Object.keys(WORKLOAD_TEMPLATE), "List", "IstioOperator", "ConfigMap", "Namespace", "ProxyConfig", "Service", "VirtualService", "DestinationRule", "Gateway"]);
function parseInput(input, order, opts = {}) {
  if (input.problem || input.text === void 0) {
    const p = input.problem ?? { message: "no content", line: 1, column: 1 };
    return { problems: [{ file: input.path, message: p.message, range: point(p.line, p.column) }] };
  }
  const text = input.text;
  const lineCounter = countLines(text);
  const file = { path: input.path, absPath: input.absPath, text, lineCounter, docs: [], order, inChart: input.inChart, counts: { documents: 0, resources: 0 } };
  if (opts.meshConfigOnly) file.meshConfigOnly = true;
  if (opts.fromMeshConfigFlag) file.fromMeshConfigFlag = true;
  const keep = opts.onDocument ?? ((view) => file.docs.push(view));
  const problems = [];
  const pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problem = (start, end, message) => {
    const s = pos(start);
    const e = pos(Math.max(end, start + 1));
    problems.push({ file: input.path, message, range: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } });
  };
  documentChunks(text).forEach(([start, end], index) => {
    const chunk = text.slice(start, end);
    if (chunk.length > LARGE_DOCUMENT && !readsKind(chunk)) {
      for (const _ of new import_yaml4.Lexer().lex(chunk)) ;
      return;
    }
    let doc;
    try {
      doc = (0, import_yaml4.parseDocument)(chunk, YAML_OPTIONS);
    } catch (e) {
      problem(start, start + 1, `cannot parse: ${firstLine(e.message)}`);
      return;
    }
    const helm = chunk.includes("{{") ? findTemplateAction(chunk, doc) : void 0;
    if (helm !== void 0) {
      const close = chunk.indexOf("}}", helm);
      const sameLine = close > helm && !chunk.slice(helm, close).includes("\n");
      const action = chunk.slice(helm, sameLine ? close + 2 : helm + 2).slice(0, 60);
      problem(start + helm, start + (sameLine ? close + 2 : helm + 2), `unrendered template action ${action} (Helm or another templating step): render it first, e.g. helm template … | drainlint -`);
      return;
    }
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      problem(start + err.pos[0], start + err.pos[1], `malformed YAML: ${firstLine(err.message)}`);
      return;
    }
    if (doc.contents === null) return;
    const dup = duplicateKey(doc);
    if (dup?.range) {
      problem(start + dup.range[0], start + dup.range[1], `malformed YAML: duplicate key ${String(dup.value)} (Kubernetes rejects it)`);
      return;
    }
    let value;
    try {
      value = toValue(doc);
    } catch (e) {
      const msg = e instanceof RangeError ? "document is nested too deeply to read" : firstLine(e.message);
      problem(start + (doc.range?.[0] ?? 0), start + (doc.range?.[0] ?? 0) + 1, `cannot read document: ${msg}`);
      return;
    }
    file.counts.documents++;
    file.counts.resources += resourceCount(value);
    if (isRead(value)) keep(chunkView(file, chunk, start, index, value, doc));
  });
  return { file, problems };
}
function countLines(text) {
  const lc = new import_yaml4.LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lc.addNewLine(i + 1);
  return lc;
}
function documentChunks(text) {
  const chunks = [];
  let start = 0;
  let content = false;
  let at4 = 0;
  while (at4 <= text.length) {
    const nl = text.indexOf("\n", at4);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at4, Math.min(lineEnd, at4 + 4));
    const marker = line.startsWith("---") && (line.length === 3 || line[3] === " " || line[3] === "	" || line[3] === "\r");
    if (marker && content) {
      chunks.push([start, at4]);
      start = at4;
      content = false;
    }
    if (!marker && !content) {
      const head = text.slice(at4, Math.min(lineEnd, at4 + 200)).trimStart();
      if (head !== "" && !head.startsWith("#") && !head.startsWith("%")) content = true;
    } else if (marker) {
      if (text.slice(at4 + 3, lineEnd).trim().replace(/^#.*/, "") !== "") content = true;
    }
    if (nl < 0) break;
    at4 = nl + 1;
  }
  chunks.push([start, text.length]);
  return chunks;
}
function resourceCount(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 0;
  const v = value;
  if (typeof v["kind"] !== "string") return 0;
  return v["kind"].endsWith("List") && Array.isArray(v["items"]) ? v["items"].length : 1;
}
function isRead(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value;
  const kind = v["kind"];
  if (typeof kind !== "string") return true;
  if (kind.endsWith("List")) return true;
  if (kind !== "ConfigMap") return READ_KINDS.has(kind);
  const name = v["metadata"]?.["name"];
  const data = v["data"];
  return typeof name === "string" && /^istio(-|$)/.test(name) || data !== null && typeof data === "object" && ("deployment" in data || "values" in data);
}
function readsKind(chunk) {
  const m = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m.exec(chunk);
  if (!m) return true;
  if (m[1] === "ConfigMap") return /^[ \t]+name:[ \t]*["']?istio(-|["'\s]|$)/m.test(chunk);
  return READ_KINDS.has(m[1]);
}
function firstLine(s) {
  return s.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function point(line, column) {
  return { line, column, endLine: line, endColumn: column + 1 };
}

// src/engine.ts
var IGNORE_ANNOTATION2 = "drainlint.io/ignore";
async function prepare(req) {
  const readStdin = req.readStdin ?? (async () => Buffer.alloc(0));
  const loaded = await load({ cwd: req.cwd, paths: req.paths, ignore: req.config.ignore, ignoreBase: req.config.dir, maxFileSize: req.config.maxFileSize, stdinFilename: req.stdinFilename, readStdin, texts: req.texts, concurrency: req.concurrency });
  const linted = new Set(loaded.inputs.map((i) => i.absPath).filter(Boolean));
  const flagged = new Set(req.meshConfigFiles);
  const meshOnly = [];
  if (req.meshConfigFiles.length > 0) {
    const extra = await load({ cwd: req.cwd, paths: req.meshConfigFiles.filter((f) => !linted.has(f)), ignore: [], maxFileSize: req.config.maxFileSize, readStdin });
    meshOnly.push(...extra.inputs);
    loaded.missing.push(...extra.missing.map((m) => path3.relative(req.cwd, m) || m));
  }
  const findings = [];
  const files = [];
  const inputs = [...loaded.inputs, ...meshOnly];
  configureCaches(inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0), req.memory);
  const builder = new InventoryBuilder({ defaultNamespace: req.config.defaultNamespace });
  inputs.forEach((input, order) => {
    const isMeshOnly = order >= loaded.inputs.length;
    const fromMeshConfigFlag = input.absPath !== void 0 && flagged.has(input.absPath);
    const { file, problems } = parseInput(input, order, { meshConfigOnly: isMeshOnly, fromMeshConfigFlag, onDocument: (view) => builder.add(view) });
    if (file) files.push(file);
    if (!isMeshOnly) for (const p of problems) findings.push(engineFinding("parse-error", "error", p.file, p.range, p.message));
  });
  for (const chart of loaded.charts) {
    findings.push(
      engineFinding("parse-error", "info", chart.chartFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Helm chart templates skipped (${chart.templates} file${chart.templates === 1 ? "" : "s"} under templates/): render with helm template and pipe the output (helm template … | drainlint -)`)
    );
  }
  const nothingRead = loaded.inputs.length > 0 && loaded.inputs.every((i) => i.problem !== void 0);
  const inventory = builder.finish();
  findings.push(...meshParseErrors(inventory));
  return { files, inventory, run: resolveRun(inventory), findings, missing: loaded.missing, ignored: loaded.ignored, inputs: loaded.inputs.map((i) => i.path), nothingRead };
}
async function lint(req) {
  const model = await prepare(req);
  const findings = [...model.findings, ...runRules(req.rules, { inventory: model.inventory, run: model.run, config: req.config })];
  const hidden = meshOnlyPaths(model.files);
  const kept = findings.filter((f) => !hidden.has(f.file));
  kept.sort(compareFindings);
  return {
    result: { findings: kept, files: model.inputs, rules: [...req.rules.map(descriptor), ...ENGINE_FINDINGS], cwd: req.cwd },
    missing: model.missing,
    nothingRead: model.nothingRead,
    ignored: model.ignored,
    meshFiles: meshFilesOf(model.inventory)
  };
}
function meshFilesOf(inv) {
  const views = [...inv.meshSources.map((m) => m.view), ...inv.istioOperators.map((r) => r.view), ...inv.proxyConfigs.map((r) => r.view), ...inv.istiodEnv.map((e) => e.ref.view), ...inv.globalLifecycles.map((e) => e.ref.view)];
  return [...new Set(views.map((v) => v.file.absPath).filter((p) => p !== void 0))];
}
function meshParseErrors(inv) {
  const out = [];
  for (const m of inv.meshSources) {
    const e = m.embedError;
    if (e) out.push(engineFinding("parse-error", "error", m.view.file.path, e.range, `the mesh config in ${m.label} (data.mesh) is not valid YAML (${e.message}): istiod discards it and keeps its last good mesh config`));
  }
  return out;
}
function annotationParseError(w) {
  const e = w.proxyConfigAnnotation?.error;
  if (!e) return void 0;
  return { ...engineFinding("parse-error", "error", w.view.file.path, e.range, `the proxy.istio.io/config annotation is not valid YAML or JSON (${e.message}): admission denies the pod`), resource: resourceOf(w) };
}
function meshOnlyPaths(files) {
  return new Set(files.filter((f) => f.meshConfigOnly).map((f) => f.path));
}
function engineFinding(ruleId, severity, file, range, message) {
  return { ruleId, severity, message, file, range, related: [], docsUrl: engineDocsUrl(ruleId) };
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.line - b.range.line || a.range.column - b.range.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function runRules(rules, input) {
  const out = [];
  const { inventory, run, config } = input;
  const active = rules.filter((rule) => config.rules[rule.meta.id] !== "off").map((rule) => ruleRun(rule, input, out));
  forEachWorkload(inventory, (w) => {
    const e = annotationParseError(w);
    if (e) out.push(e);
    const rw = resolveWorkload(w, inventory, config, run);
    for (const a of active) a.visitor.workload?.(rw);
  });
  for (const a of active) {
    a.visitor.end?.();
    a.finish();
  }
  return out;
}
function ruleRun(rule, input, out) {
  const configured = input.config.rules[rule.meta.id];
  const setting = configured === "off" ? void 0 : configured;
  const meshWide = /* @__PURE__ */ new Map();
  const deferred = [];
  const emit = (r, meshKey) => {
    if (r.workload && suppressed(r.workload, rule.meta.id)) return;
    const range = locate(r.at);
    const finding = {
      ruleId: rule.meta.id,
      severity: setting ?? r.severity ?? rule.meta.severity,
      message: typeof r.message === "string" ? r.message : "",
      file: r.at.view.file.path,
      range,
      resource: r.resource ?? (r.workload ? resourceOf(r.workload, r.container) : void 0),
      related: (r.related ?? []).map((rel) => ({ file: rel.ref.view.file.path, range: locate(rel.ref), message: rel.message })),
      docsUrl: rule.meta.docsUrl
    };
    if (meshKey) {
      const key = `${finding.file}:${range.line}:${range.column}`;
      const seen = meshWide.get(key);
      if (seen) {
        if (meshKey.subject !== seen.first) seen.others.add(meshKey.subject);
        return;
      }
      finding.resource = void 0;
      meshWide.set(key, { finding, first: meshKey.subject, others: /* @__PURE__ */ new Set() });
    }
    if (typeof r.message === "function") deferred.push([finding, r.message]);
    else compact(finding);
    out.push(finding);
  };
  const ctx = {
    inventory: input.inventory,
    resolution: input.run,
    config: input.config,
    report: (r) => emit(r),
    reportDrainSetting: (r) => {
      const w = r.workload.workload;
      const most = mostSpecificSetting(r.involved);
      if (!most) {
        emit({ ...r, at: w.anchor ?? { view: w.view, path: w.podMetaPath, target: "key" }, workload: w });
        return;
      }
      const related2 = r.related?.filter((rel) => rel.ref !== most.prov.ref);
      if (most.prov.level === "mesh") emit({ ...r, related: related2, at: most.prov.ref, workload: w }, { subject: workloadName(r.workload) });
      else emit({ ...r, related: related2, at: most.prov.ref, workload: w });
    }
  };
  return {
    visitor: rule.create(ctx),
    /** A finding about a mesh-wide setting names the other workloads it applies to. */
    finish() {
      for (const [finding, message] of deferred) compact(Object.assign(finding, { message: message() }));
      for (const { finding, others } of meshWide.values()) {
        if (others.size > 0) finding.message += ` The same applies to ${others.size} more workload${others.size === 1 ? "" : "s"} using this mesh config: ${joinWords([...others].sort(), 5)}.`;
      }
    }
  };
}
function compact(f) {
  f.message.charCodeAt(0);
  for (const r of f.related) r.message.charCodeAt(0);
}
function resourceOf(w, container) {
  const id = resourceId(w);
  if (container) id.container = container;
  return id;
}
function suppressed(w, ruleId) {
  const v = w.podAnnotations[IGNORE_ANNOTATION2];
  if (typeof v !== "string") return false;
  return v.split(",").map((s) => s.trim()).some((s) => s === "*" || s === ruleId);
}

// src/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };

// src/lint.ts
async function lint2(request) {
  const o = request.options ?? {};
  const cwd = path4.resolve(o.cwd ?? process.cwd());
  const known = new Set(RULES.map((r) => r.meta.id));
  for (const id of [...o.onlyRules ?? [], ...o.disableRules ?? []]) {
    if (!known.has(id)) {
      const near = closest(id, known);
      throw new UsageError(`unknown rule id "${id}"${near ? `: did you mean "${near}"?` : ""} (drainlint rules lists them)`);
    }
  }
  const config = readConfig(cwd, o.config, known);
  if (o.meshConfig) config.meshConfig = [...config.meshConfig, ...o.meshConfig.map((m) => path4.resolve(cwd, m))];
  if (o.istioVersion) config.istioVersion = checkVersion(o.istioVersion, "Istio");
  if (o.kubernetesVersion) config.kubernetesVersion = checkVersion(o.kubernetesVersion, "Kubernetes");
  if (o.assumeInjected) config.assumeInjected = true;
  if (o.defaultNamespace) config.defaultNamespace = o.defaultNamespace;
  const rules = RULES.filter((r) => (!o.onlyRules || o.onlyRules.includes(r.meta.id)) && !(o.disableRules ?? []).includes(r.meta.id));
  const stdin = o.stdin;
  const outcome = await lint({
    cwd,
    paths: request.paths ?? (request.texts ? [] : ["."]),
    texts: request.texts,
    config,
    meshConfigFiles: config.meshConfig,
    rules,
    stdinFilename: stdin?.filename,
    readStdin: stdin ? async () => Buffer.from(await stdin.read()) : void 0
  });
  const holdsMesh = new Set(outcome.meshFiles);
  const missing = new Set(outcome.missing.map((m) => path4.resolve(cwd, m)));
  for (const file of config.meshConfig) {
    if (!holdsMesh.has(file) && !missing.has(file)) {
      throw new UsageError(`the mesh config file ${path4.relative(cwd, file) || file} holds no mesh config: --mesh-config (or meshConfig in the configuration file) takes an IstioOperator, the istio ConfigMap, Helm values with meshConfig:, or the istiod Deployment`);
    }
  }
  return { ...outcome.result, missing: outcome.missing, ignored: outcome.ignored, nothingRead: outcome.nothingRead };
}
function inputProblems(r, paths) {
  const out = r.missing.map((m) => `no such file or directory, or no match: ${safe(m)}`);
  if (r.files.length === 0 && r.findings.length === 0 && !paths.includes("-") && r.ignored.length === 0 && r.missing.length === 0) {
    out.push(`no manifests (*.yaml, *.yml) found in ${paths.map(safe).join(", ")}`);
  }
  if (r.nothingRead) {
    for (const f of r.findings) if (f.ruleId === "parse-error" && r.files.includes(f.file)) out.push(`cannot lint ${safe(f.file)}: ${safe(f.message)}`);
  }
  return out;
}
function failsAt(f, failOn) {
  return failOn !== "never" && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}
function readConfig(cwd, explicit, known) {
  if (explicit === false) return emptyConfig(cwd);
  const file = explicit ?? findConfig(cwd);
  return file ? loadConfig(file, cwd, known) : emptyConfig(cwd);
}
function checkVersion(v, product) {
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(v)) throw new UsageError(`the target ${product} version is a version such as 1.24 or 1.24.3, not "${v}"`);
  return v.replace(/^v/, "");
}

// package.json
var package_default = {
  name: "drainlint",
  version: "0.1.0",
  description: "Static analyzer for the graceful shutdown (drain) of Istio sidecars and gateways on Kubernetes",
  type: "module",
  license: "Apache-2.0",
  bin: {
    drainlint: "bin/drainlint.js"
  },
  main: "dist/src/index.js",
  files: [
    "bin",
    "dist/src",
    "dist/rules",
    "rules/**/README.md",
    "schema"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc -p tsconfig.json",
    prepare: "tsc -p tsconfig.json",
    test: "tsc -p tsconfig.json && node scripts/run-tests.mjs",
    docs: "tsc -p tsconfig.json && node dist/scripts/generate-docs.js",
    bench: "tsc -p tsconfig.json && node dist/bench/run.js",
    "bench:memory": "tsc -p tsconfig.json && node dist/bench/memory.js",
    fuzz: "tsc -p tsconfig.json && node dist/scripts/fuzz.js",
    smoke: "tsc -p tsconfig.json && node dist/scripts/smoke.js",
    "finding-shapes": "tsc -p tsconfig.json && node dist/scripts/finding-shapes.js"
  },
  dependencies: {
    ajv: "8.20.0",
    chalk: "5.6.2",
    commander: "14.0.3",
    globby: "16.2.4",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/workflow-parser": "0.3.61",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@types/node": "20.19.43",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    "dts-bundle-generator": "9.5.1",
    esbuild: "0.28.2",
    "fast-check": "4.10.2",
    typescript: "5.9.3"
  },
  homepage: "https://github.com/drainlint/drainlint",
  keywords: [
    "istio",
    "kubernetes",
    "linter",
    "graceful-shutdown",
    "envoy",
    "sarif"
  ]
};

// src/version.ts
var VERSION = package_default.version;

export {
  plainError,
  UsageError,
  RULES,
  lint2 as lint,
  inputProblems,
  failsAt,
  VERSION
};
