// ES modules: Node 20's loader (lib/internal/modules/esm: resolve, load, module jobs) over
// module records that follow ECMA-262's Cyclic Module Records (16.2.1.5): link resolves every
// import to the exporting module's binding, Evaluate walks the graph depth-first, post-order,
// each module once, and top-level await delays exactly the modules that wait on it
// (ExecuteAsyncModule, GatherAvailableAncestors, AsyncModuleExecutionFulfilled/Rejected).
//
// A module's source arrives compiled by the host (ModuleLoader) as
//   function (import, export, meta) { 'use strict'; export({local: getter...}); <body> }
// whose body reads every imported name through the `import` record (live bindings) and whose
// getters read its own variables. Files are read the way Node's loader reads them: with
// fs.readFile's four pool trips, so a program's first line runs in a promise job of the poll
// phase, and `import()` resolves after the number of jobs it takes in Node 20.
(function (host, errors, fsb, path, promiseModule, cjs, requireBuiltin, isBuiltin) {
  'use strict';
  var records = Object.create(null);      // by absolute filename, or 'node:NAME'
  var asyncOrder = 0;                      // [[AsyncEvaluation]] order
  var NAMESPACE = {};                      // a binding that is a whole module's namespace
  var TAG = '__looplabToStringTag';
  var mainRecord = null;

  // Jobs Node 20.20's loader takes (measured against user promise chains; esm-puzzles pin them).
  var HOPS_CACHED = 7;          // import() of a module already evaluated
  var HOPS_REQUIRED = 5;        // import() of an ES module require() evaluated
  var HOPS_BEFORE_EVAL = 11;    // import() of a built-in or CommonJS module not loaded yet
  var HOPS_AFTER_EVAL = 4;      // from a module's evaluation to its import() settling

  function P() {
    return promiseModule().Promise;
  }

  function capability() {
    var cap = {};
    cap.promise = new (P())(function (resolve, reject) {
      cap.resolve = resolve;
      cap.reject = reject;
    });
    return cap;
  }

  // n microtasks of the loader's own, then fn (in the n-th; at once for 0).
  function hops(n, fn, at) {
    if (n <= 0) {
      fn();
      return;
    }
    host.importJob(function () { hops(n - 1, fn, at); }, at);
  }

  // ------------------------------------------------------------------ records

  function Record(key, kind) {
    this.key = key;
    this.kind = kind;            // 'module' | 'commonjs' | 'json' | 'builtin'
    this.filename = null;
    this.name = key;             // what traces and errors call it
    this.url = key;
    this.status = 'new';         // new, fetching, failed, fetched, linked, evaluating, evaluating-async, evaluated
    this.waiters = null;         // what waits for the fetch under way
    this.fetchError = undefined;
    this.fn = null;
    this.shape = null;
    this.deps = Object.create(null);   // specifier -> record
    this.requests = [];
    this.imports = {};           // the module's import record
    this.locals = null;          // local name -> getter, once the module function ran
    this.values = null;          // synthetic modules: export name -> value
    this.exportNames = null;     // synthetic modules: their export names
    this.namespace = null;
    this.hasTLA = false;
    this.meta = null;
    this.cyclic = false;
    // evaluation (the spec's fields)
    this.dfsIndex = -1;
    this.dfsAncestorIndex = -1;
    this.cycleRoot = null;
    this.asyncEvaluation = false;
    this.asyncOrder = 0;
    this.asyncParents = [];
    this.pendingAsyncDeps = 0;
    this.topLevelCapability = null;
    this.evaluationError = null;
  }

  function isSourceText(r) {
    return r.kind === 'module';
  }

  function fileRecord(filename, kind) {
    var r = records[filename];
    if (r === undefined) {
      r = records[filename] = new Record(filename, kind);
      r.filename = filename;
      r.name = displayName(filename);
      r.url = fileURL(filename);
    }
    return r;
  }

  function builtinRecord(name) {
    var key = 'node:' + name;
    var r = records[key];
    if (r === undefined) {
      r = records[key] = new Record(key, 'builtin');
      r.builtin = name;
    }
    return r;
  }

  function displayName(filename) {
    var rel = path.relative(host.cwd, filename);
    return rel.indexOf('..') === 0 ? filename : rel;
  }

  // Node's pathToFileURL: the URL path percent-encode set, '%' and non-ASCII as UTF-8.
  function fileURL(filename) {
    return 'file://' + filename.replace(/[\u0000-\u0020"#%<>?`{}\u007f-\uffff]/g, function (c) {
      return encodeURIComponent(c);
    });
  }

  function fileURLToPath(url) {
    return decodeURIComponent(url.replace(/^file:\/\/(localhost)?/, '').replace(/[?#].*$/, ''));
  }

  // ------------------------------------------------------------------ resolution (Node's ESM rules)

  var S_IFMT = 61440, S_IFDIR = 16384;

  function kind(p) {
    var r = host.fsSync('stat', [p]);
    if (fsb.isFailure(r)) {
      if (r.code === 'EACCES') {
        throw fsb.uvException(r);
      }
      return 0;
    }
    return (JSON.parse(r)[1] & S_IFMT) === S_IFDIR ? 2 : 1;
  }

  function isRelative(s) {
    return s === '.' || s === '..' || s.indexOf('./') === 0 || s.indexOf('../') === 0 || s.charAt(0) === '/';
  }

  function notFound(message, url) {
    var err = loaderError(errors.withCode(new Error(message), 'ERR_MODULE_NOT_FOUND'));
    if (url !== undefined) {
      err.url = url;
    }
    return err;
  }

  // The record a specifier names, seen from the file `parent` (an absolute path).
  function resolve(specifier, parent) {
    if (typeof specifier !== 'string') {
      specifier = String(specifier);
    }
    if (specifier.indexOf('node:') === 0) {
      var name = specifier.slice(5);
      if (!isBuiltin(name)) {
        throw loaderError(errors.withCode(new Error('No such built-in module: ' + specifier),
          'ERR_UNKNOWN_BUILTIN_MODULE'));
      }
      return builtinRecord(name);
    }
    if (!isRelative(specifier) && specifier.indexOf(':') < 0 && isBuiltin(specifier)) {
      return builtinRecord(specifier);
    }
    var file;
    if (specifier.indexOf('file:') === 0) {
      file = fileURLToPath(specifier);
    } else if (isRelative(specifier)) {
      file = path.resolve(path.dirname(parent), specifier);
    } else if (/^[a-zA-Z][a-zA-Z+.-]*:/.test(specifier)) {
      throw loaderError(errors.withCode(new Error('Only URLs with a scheme in: file, data, and node are supported ' +
        "by the default ESM loader. Received protocol '" + specifier.slice(0, specifier.indexOf(':') + 1) + "'"),
        'ERR_UNSUPPORTED_ESM_URL_SCHEME'));
    } else {
      file = resolvePackage(specifier, parent);
    }
    var k = kind(file);
    if (k === 2) {
      throw loaderError(errors.withCode(new Error("Directory import '" + file + "' is not supported resolving " +
        'ES modules imported from ' + parent), 'ERR_UNSUPPORTED_DIR_IMPORT'));
    }
    if (k === 0) {
      var hint = '';
      var legacy = ['.js', '.json', '/index.js'];
      for (var i = 0; i < legacy.length && isRelative(specifier); i++) {
        if (kind(file + legacy[i]) === 1) {
          hint = '\nDid you mean to import "' + specifier + legacy[i] + '"?';
          break;
        }
      }
      throw notFound("Cannot find module '" + file + "' imported from " + parent + hint, fileURL(file));
    }
    return fileRecord(file, null);
  }

  // A bare specifier: node_modules/NAME, its package.json "exports" (".", import/default) or "main".
  function resolvePackage(specifier, parent) {
    var parts = specifier.split('/');
    var pkgName = specifier.charAt(0) === '@' ? parts.slice(0, 2).join('/') : parts[0];
    var sub = specifier.slice(pkgName.length);
    var dir = path.dirname(parent);
    while (true) {
      var base = (dir === '/' ? '' : dir) + '/node_modules/' + pkgName;
      if (kind(base) === 2) {
        var pkg = readPackage(base);
        if (sub === '') {
          var target = pkg && exportsTarget(pkg.exports);
          if (target) {
            return path.resolve(base, target);
          }
          if (pkg && typeof pkg.main === 'string') {
            var m = path.resolve(base, pkg.main);
            return kind(m) === 1 ? m : (kind(m + '.js') === 1 ? m + '.js' : m + '/index.js');
          }
          return base + '/index.js';
        }
        return base + sub;
      }
      if (dir === '/') {
        break;
      }
      dir = path.dirname(dir);
    }
    throw notFound("Cannot find package '" + pkgName + "' imported from " + parent);
  }

  function readPackage(dir) {
    try {
      return JSON.parse(fsb.readFileSync(dir + '/package.json', 'utf8'));
    } catch (e) {
      return null;
    }
  }

  function exportsTarget(exp) {
    if (typeof exp === 'string') {
      return exp;
    }
    if (exp === null || typeof exp !== 'object') {
      return null;
    }
    if (exp['.'] !== undefined) {
      return exportsTarget(exp['.']);
    }
    var conditions = ['import', 'node', 'default'];
    for (var i = 0; i < conditions.length; i++) {
      if (exp[conditions[i]] !== undefined) {
        return exportsTarget(exp[conditions[i]]);
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ fetching (load + parse)

  // Loads one record: its format, its source compiled, its requests resolved (not fetched);
  // then done(error). Files are read with fs.readFile's pool trips; `sync` (require) reads
  // them at once, and done runs before fetch returns.
  function fetch(r, at, sync, done) {
    if (r.status !== 'new' && r.status !== 'fetching') {
      return done(r.fetchError);
    }
    if (r.status === 'fetching') {
      return r.waiters.push(done);
    }
    r.status = 'fetching';
    r.waiters = [done];
    var format = r.kind === 'builtin' ? 'builtin' : host.moduleFormat(r.filename);
    if (format === 'builtin' || format === 'commonjs') {
      try {
        prepareSynthetic(r, format);
      } catch (e) {
        return fetched(r, e);
      }
      return fetched(r);
    }
    if (format !== 'module' && format !== 'json' && format !== 'detect') {
      return fetched(r, loaderError(errors.withCode(new TypeError('Unknown file extension "' +
        path.extname(r.filename) + '" for ' + r.filename), 'ERR_UNKNOWN_FILE_EXTENSION')));
    }
    function loaded(err, text) {
      if (err) {
        return fetched(r, err);
      }
      try {
        compile(r, format, text);
      } catch (e) {
        return fetched(r, e);
      }
      fetched(r);
    }
    if (!sync) {
      return fsb.readFileSteps(r.filename, 'r', 'utf8', at, loaded);
    }
    var text;
    try {
      text = fsb.readFileSync(r.filename, 'utf8');
    } catch (e) {
      return loaded(e);
    }
    loaded(null, text);
  }

  // The end of a record's fetch: its requests resolved, its waiters told.
  function fetched(r, error) {
    if (error === undefined) {
      try {
        resolveRequests(r);
      } catch (e) {
        error = e;
      }
    }
    if (error !== undefined) {
      r.fetchError = error;
      r.status = 'failed';
    } else {
      r.status = 'fetched';
    }
    var waiters = r.waiters;
    r.waiters = null;
    waiters.forEach(function (w) { w(error); });
  }

  function prepareSynthetic(r, format) {
    if (format === 'commonjs') {
      // Node reads a CommonJS dependency synchronously, for the names it exports.
      r.kind = 'commonjs';
      r.exportNames = JSON.parse(host.commonJsExports(fsb.readFileSync(r.filename, 'utf8')));
      if (r.exportNames.indexOf('default') < 0) {
        r.exportNames.push('default');
      }
    }
  }

  function compile(r, format, text) {
    if (format === 'json') {
      r.kind = 'json';
      try {
        r.jsonValue = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (e) {
        e.message = r.filename + ': ' + e.message;
        throw e;
      }
      r.exportNames = ['default'];
      return;
    }
    var compiled = host.compileModuleSource(r.filename, r.name, text, format === 'detect');
    if (compiled.syntaxError !== undefined) {
      var err = loaderError(new SyntaxError(compiled.syntaxError));
      hide(err, '__looplabArrow', compiled.arrow);
      throw err;
    }
    if (compiled.commonjs === true) {
      prepareSynthetic(r, 'commonjs');
      return;
    }
    adoptCompiled(r, compiled);
  }

  function adoptCompiled(r, compiled) {
    r.kind = 'module';
    r.fn = compiled.fn;
    r.shape = JSON.parse(compiled.shape);
    r.hasTLA = r.shape.tla;
    r.requests = r.shape.requests;
  }

  // Every specifier of a module to its record (ERR_MODULE_NOT_FOUND and the like thrown here).
  function resolveRequests(r) {
    for (var i = 0; i < r.requests.length; i++) {
      var spec = r.requests[i];
      if (r.deps[spec] === undefined) {
        var dep = resolve(spec, r.filename);
        checkAttributes(r, spec, dep);
        r.deps[spec] = dep;
      }
    }
  }

  // Fetches a whole graph, each module once, the modules of a level in parallel; then
  // done(error), with the first error (resolution errors surface here).
  function fetchGraph(root, at, sync, done) {
    var pending = 0;
    var finished = false;
    var seen = Object.create(null);
    function finish(error) {
      if (!finished) {
        finished = true;
        done(error);
      }
    }
    function visit(r, from) {
      if (seen[r.key]) {
        return;
      }
      seen[r.key] = true;
      pending++;
      fetch(r, from, sync, function (error) {
        if (error !== undefined) {
          return finish(error);
        }
        for (var i = 0; i < r.requests.length && !finished; i++) {
          visit(r.deps[r.requests[i]], r.name + ':' + lineOfRequest(r, r.requests[i]));
        }
        if (--pending === 0) {
          finish();
        }
      });
    }
    visit(root, at);
  }

  // The same, at once (require of an ES module); throws what fails.
  function fetchGraphSync(root) {
    var failure = null;
    var complete = false;
    fetchGraph(root, null, true, function (error) {
      complete = true;
      failure = error === undefined ? null : error;
    });
    if (failure !== null) {
      throw failure;
    }
    if (!complete) {
      throw errors.withCode(new Error('require() of ' + root.filename + ' while import() is loading it'),
        'ERR_REQUIRE_CYCLE_MODULE');
    }
  }

  function checkAttributes(r, spec, dep) {
    var isJson = dep.kind !== 'builtin' && /\.json$/.test(dep.key);
    var asked = r.shape.json.indexOf(spec) >= 0;
    if (isJson && !asked) {
      throw loaderError(errors.withCode(new TypeError('Module "' + dep.url + '" needs an import attribute of ' +
        'type "json"'), 'ERR_IMPORT_ASSERTION_TYPE_MISSING'));
    }
  }

  function lineOfRequest(r, spec) {
    var imports = r.shape.imports;
    for (var i = 0; i < imports.length; i++) {
      if (imports[i].specifier === spec) {
        return imports[i].line;
      }
    }
    var exports = r.shape.exports;
    for (var j = 0; j < exports.length; j++) {
      if (exports[j].specifier === spec) {
        return exports[j].line;
      }
    }
    return 1;
  }

  // ------------------------------------------------------------------ linking

  // ResolveExport(exportName, resolveSet): {module, binding} | null | 'ambiguous'.
  function resolveExport(r, name, seen) {
    if (!isSourceText(r)) {
      return syntheticNames(r).indexOf(name) >= 0 ? { module: r, binding: name } : null;
    }
    seen = seen || [];
    for (var s = 0; s < seen.length; s++) {
      if (seen[s].module === r && seen[s].name === name) {
        return null;     // a circular import request
      }
    }
    seen.push({ module: r, name: name });
    var exports = r.shape.exports;
    for (var i = 0; i < exports.length; i++) {
      var e = exports[i];
      if (e.exported !== name) {
        continue;
      }
      if (e.specifier === null) {
        var imp = importOf(r, e.local);
        if (imp === null) {
          return { module: r, binding: e.local };
        }
        // export { x } of an imported x: the binding it was imported from.
        var from = r.deps[imp.specifier];
        return imp.imported === '*' ? { module: from, binding: NAMESPACE } : resolveExport(from, imp.imported, seen);
      }
      var dep = r.deps[e.specifier];
      return e.imported === '*' ? { module: dep, binding: NAMESPACE } : resolveExport(dep, e.imported, seen);
    }
    if (name === 'default') {
      return null;
    }
    var star = null;
    for (var k = 0; k < r.shape.stars.length; k++) {
      var res = resolveExport(r.deps[r.shape.stars[k]], name, seen);
      if (res === 'ambiguous') {
        return res;
      }
      if (res !== null) {
        if (star === null) {
          star = res;
        } else if (star.module !== res.module || star.binding !== res.binding) {
          return 'ambiguous';
        }
      }
    }
    return star;
  }

  function importOf(r, local) {
    var imports = r.shape.imports;
    for (var i = 0; i < imports.length; i++) {
      if (imports[i].local === local) {
        return imports[i];
      }
    }
    return null;
  }

  function exportedNames(r, seen) {
    if (!isSourceText(r)) {
      return syntheticNames(r).slice();
    }
    seen = seen || [];
    if (seen.indexOf(r) >= 0) {
      return [];
    }
    seen.push(r);
    var names = [];
    r.shape.exports.forEach(function (e) { names.push(e.exported); });
    r.shape.stars.forEach(function (spec) {
      exportedNames(r.deps[spec], seen).forEach(function (n) {
        if (n !== 'default' && names.indexOf(n) < 0) {
          names.push(n);
        }
      });
    });
    return names;
  }

  function syntheticNames(r) {
    if (r.exportNames === null) {
      if (r.kind === 'builtin') {
        var exp = requireBuiltin(r.builtin);
        r.builtinExports = exp;
        r.exportNames = Object.keys(exp).filter(function (k) { return k !== 'default'; });
        r.exportNames.push('default');
      } else {
        r.exportNames = ['default'];
      }
    }
    return r.exportNames;
  }

  // Links every source text module of a graph: each import resolved to a binding, or the
  // SyntaxError V8 reports. Modules in a cycle are instantiated first (their hoisted
  // functions exist before any module of the cycle runs).
  function link(root) {
    var order = [];
    var onStack = [];
    var early = [];
    (function visit(r) {
      if (!isSourceText(r) || r.status !== 'fetched') {
        if (onStack.indexOf(r) >= 0 && early.indexOf(r) < 0) {
          early.push(r);
        }
        return;
      }
      r.status = 'linking';
      onStack.push(r);
      r.requests.forEach(function (spec) { visit(r.deps[spec]); });
      onStack.pop();
      order.push(r);
    })(root);
    try {
      order.forEach(function (r) {
        r.shape.imports.forEach(function (imp) {
          if (imp.local !== null) {
            bindImport(r, imp);
          }
        });
      });
    } catch (e) {
      order.forEach(function (r) { r.status = 'fetched'; });
      throw e;
    }
    order.forEach(function (r) { r.status = 'linked'; });
    early.forEach(function (r) {
      r.cyclic = true;
      instantiate(r);
    });
  }

  function bindImport(r, imp) {
    var dep = r.deps[imp.specifier];
    var res;
    if (imp.imported === '*') {
      res = { module: dep, binding: NAMESPACE };
    } else {
      res = resolveExport(dep, imp.imported);
      if (res === null || res === 'ambiguous') {
        throw linkError(r, imp, dep, res);
      }
    }
    var local = imp.local;
    Object.defineProperty(r.imports, local, {
      enumerable: true,
      configurable: false,
      get: function () { return read(res, local); },
      set: function () { throw new TypeError('Assignment to constant variable.'); }
    });
  }

  function linkError(r, imp, dep, res) {
    var message;
    if (res === 'ambiguous') {
      message = "The requested module '" + imp.specifier + "' contains conflicting star exports for name '" +
        imp.imported + "'";
    } else if (dep.kind === 'commonjs' && imp.imported !== 'default') {
      var named = r.shape.imports.filter(function (i) {
        return i.specifier === imp.specifier && i.imported !== 'default' && i.imported !== '*';
      }).map(function (i) { return i.imported === i.local ? i.imported : i.imported + ': ' + i.local; });
      message = "Named export '" + imp.imported + "' not found. The requested module '" + imp.specifier +
        "' is a CommonJS module, which may not support all module.exports as named exports.\n" +
        'CommonJS modules can always be imported via the default export, for example using:\n\n' +
        "import pkg from '" + imp.specifier + "';\nconst { " + named.join(', ') + ' } = pkg;\n';
    } else {
      message = "The requested module '" + imp.specifier + "' does not provide an export named '" +
        imp.imported + "'";
    }
    var err = loaderError(new SyntaxError(message));
    hide(err, '__looplabArrow', r.name + ':' + imp.line + '\n' + host.sourceLine(r.name, imp.line) + '\n' +
      repeat(' ', imp.column) + repeat('^', Math.max(1, (imp.local || imp.imported).length)) + '\n');
    hide(err, '__looplabNoBlankLine', true);
    return err;
  }

  function repeat(s, n) {
    var out = '';
    for (var i = 0; i < n; i++) {
      out += s;
    }
    return out;
  }

  // An error Node raises from its loader, with its own frames on the stack (bootstrap's
  // describeFatal prints it without brackets).
  function loaderError(err) {
    hide(err, '__looplabNodeFrames', true);
    return err;
  }

  function hide(obj, name, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  // The value of a resolved binding now (live).
  function read(res, local) {
    var m = res.module;
    if (res.binding === NAMESPACE) {
      return namespace(m);
    }
    if (!isSourceText(m)) {
      if (m.values === null) {
        throw new ReferenceError("Cannot access '" + local + "' before initialization");
      }
      return m.values[res.binding];
    }
    var getter = m.locals === null ? undefined : m.locals[res.binding];
    if (getter === undefined) {
      throw new ReferenceError("Cannot access '" + local + "' before initialization");
    }
    var value;
    try {
      value = getter();
    } catch (e) {
      if (e instanceof ReferenceError) {
        throw new ReferenceError("Cannot access '" + local + "' before initialization");
      }
      throw e;
    }
    if (typeof value === 'function' && value.name === '' && res.binding === '$default$' &&
        !Object.prototype.hasOwnProperty.call(value, '__looplabName')) {
      // V8 names an anonymous default export 'default'; Nashorn's names cannot change (inspect reads this).
      hide(value, '__looplabName', 'default');
    }
    return value;
  }

  // The module namespace object: null prototype, the exports sorted, live, not extensible.
  function namespace(r) {
    if (r.namespace !== null) {
      return r.namespace;
    }
    var ns = Object.create(null);
    var names = exportedNames(r).filter(function (n) {
      var res = resolveExport(r, n);
      return res !== null && res !== 'ambiguous';
    }).sort();
    names.forEach(function (n) { defineExport(ns, n, resolveExport(r, n)); });
    Object.defineProperty(ns, TAG, { value: 'Module' });
    Object.preventExtensions(ns);
    r.namespace = ns;
    return ns;
  }

  function defineExport(ns, n, res) {
    Object.defineProperty(ns, n, {
      enumerable: true,
      configurable: false,
      get: function () { return read(res, n); },
      set: function () {
        throw new TypeError("Cannot assign to read only property '" + n + "' of object '[object Module]'");
      }
    });
  }

  // ------------------------------------------------------------------ evaluation

  function metaOf(r) {
    if (r.meta === null) {
      var meta = Object.create(null);
      var file = r.filename;
      meta.dirname = path.dirname(file);
      meta.filename = file;
      meta.resolve = function resolve(specifier) {
        var target = resolveForMeta(specifier, file);
        return target;
      };
      // -e and stdin code is file:///cwd/[eval1] to Node.
      meta.url = r === mainRecord && r.evalName !== undefined ? fileURL(path.dirname(file) + '/[eval1]') : r.url;
      r.meta = meta;
    }
    return r.meta;
  }

  function resolveForMeta(specifier, file) {
    var r = resolve(specifier, file);
    return r.kind === 'builtin' ? r.key : r.url;
  }

  function exporter(r) {
    var register = function (getters) {
      r.locals = getters;
    };
    register.linking = false;
    return register;
  }

  // Runs the module function once with `linking` set: it only registers its getters.
  function instantiate(r) {
    var register = exporter(r);
    register.linking = true;
    r.fn.call(undefined, r.imports, register, metaOf(r));
  }

  // ExecuteModule(): a module without TLA runs to its end; with TLA, returns its promise.
  function execute(r) {
    try {
      return r.fn.call(undefined, r.imports, exporter(r), metaOf(r));
    } catch (e) {
      throw decorate(e);
    }
  }

  // Node's hint for CommonJS globals used in an ES module.
  function decorate(e) {
    if (e instanceof ReferenceError && typeof e.message === 'string') {
      var m = /^"?(require|module|exports|__filename|__dirname)"? is not defined$/.exec(e.message);
      if (m) {
        e.message = m[1] + ' is not defined in ES module scope' +
          (m[1] === 'require' ? ', you can use import instead' : '');
        try {
          delete e.stack;
        } catch (ignored) {
          // the stack keeps the first headline
        }
      }
    }
    return e;
  }

  function evaluateSynthetic(r) {
    if (r.values !== null) {
      return;
    }
    var values = Object.create(null);
    if (r.kind === 'builtin') {
      var exp = r.builtinExports || requireBuiltin(r.builtin);
      syntheticNames(r).forEach(function (n) { values[n] = n === 'default' ? exp : exp[n]; });
    } else if (r.kind === 'json') {
      values['default'] = r.jsonValue;
    } else {
      var exports = requireFile(r.filename);
      syntheticNames(r).forEach(function (n) {
        values[n] = n === 'default' ? exports : (exports !== null && exports !== undefined ? exports[n] : undefined);
      });
    }
    r.values = values;
  }

  // Evaluate() of a source text module (a cycle's root, if it is in one). Its promise, the
  // top-level capability, is made only for whoever waits (evaluationPromise): a graph with no
  // top-level await needs none, nor promise.js.
  function evaluate(module) {
    if (module.status === 'evaluating-async' || module.status === 'evaluated') {
      return;
    }
    var stack = [];
    try {
      innerEvaluation(module, stack, 0);
    } catch (e) {
      stack.forEach(function (m) {
        m.status = 'evaluated';
        m.evaluationError = { error: e };
        if (m.topLevelCapability !== null) {
          m.topLevelCapability.reject(e);
        }
      });
    }
  }

  // The promise of a module's evaluation (its cycle root's, as Evaluate() returns it).
  function evaluationPromise(module) {
    var root = module.status === 'evaluating' || module.cycleRoot === null ? module : module.cycleRoot;
    if (root.topLevelCapability === null) {
      root.topLevelCapability = capability();
      if (root.status === 'evaluated') {
        if (root.evaluationError !== null) {
          root.topLevelCapability.reject(root.evaluationError.error);
        } else {
          root.topLevelCapability.resolve(undefined);
        }
      }
    }
    return root.topLevelCapability.promise;
  }

  function innerEvaluation(module, stack, index) {
    if (!isSourceText(module)) {
      evaluateSynthetic(module);
      return index;
    }
    if (module.status === 'evaluating-async' || module.status === 'evaluated') {
      if (module.evaluationError !== null) {
        throw module.evaluationError.error;
      }
      return index;
    }
    if (module.status === 'evaluating') {
      return index;
    }
    module.status = 'evaluating';
    module.dfsIndex = index;
    module.dfsAncestorIndex = index;
    module.pendingAsyncDeps = 0;
    index++;
    stack.push(module);
    for (var i = 0; i < module.requests.length; i++) {
      var required = module.deps[module.requests[i]];
      index = innerEvaluation(required, stack, index);
      if (isSourceText(required)) {
        if (required.status === 'evaluating') {
          module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
        } else {
          required = required.cycleRoot;
          if (required.evaluationError !== null) {
            throw required.evaluationError.error;
          }
        }
        if (required.asyncEvaluation) {
          module.pendingAsyncDeps++;
          required.asyncParents.push(module);
        }
      }
    }
    if (module.pendingAsyncDeps > 0 || module.hasTLA) {
      module.asyncEvaluation = true;
      module.asyncOrder = ++asyncOrder;
      if (module.pendingAsyncDeps === 0) {
        executeAsync(module);
      }
    } else {
      execute(module);
    }
    if (module.dfsAncestorIndex === module.dfsIndex) {
      var m;
      do {
        m = stack.pop();
        m.status = m.asyncEvaluation ? 'evaluating-async' : 'evaluated';
        m.cycleRoot = module;
        if (m.status === 'evaluated' && m.topLevelCapability !== null) {
          m.topLevelCapability.resolve(undefined);   // an import() made while it ran
        }
      } while (m !== module);
    }
    return index;
  }

  function executeAsync(module) {
    var promise;
    try {
      promise = execute(module);
    } catch (e) {
      promise = P().reject(e);
    }
    promise.then(function () { asyncFulfilled(module); },
      function (e) { asyncRejected(module, decorate(e)); });
  }

  function gatherAncestors(module, list) {
    module.asyncParents.forEach(function (m) {
      if (list.indexOf(m) < 0 && m.cycleRoot.evaluationError === null) {
        m.pendingAsyncDeps--;
        if (m.pendingAsyncDeps === 0) {
          list.push(m);
          if (!m.hasTLA) {
            gatherAncestors(m, list);
          }
        }
      }
    });
  }

  function asyncFulfilled(module) {
    if (module.status === 'evaluated') {
      return;
    }
    module.asyncEvaluation = false;
    module.status = 'evaluated';
    if (module.topLevelCapability !== null) {
      module.topLevelCapability.resolve(undefined);
    }
    var list = [];
    gatherAncestors(module, list);
    list.sort(function (a, b) { return a.asyncOrder - b.asyncOrder; });
    list.forEach(function (m) {
      if (m.status === 'evaluated') {
        return;
      }
      if (m.hasTLA) {
        executeAsync(m);
        return;
      }
      try {
        execute(m);
      } catch (e) {
        asyncRejected(m, e);
        return;
      }
      m.asyncEvaluation = false;
      m.status = 'evaluated';
      if (m.topLevelCapability !== null) {
        m.topLevelCapability.resolve(undefined);
      }
    });
  }

  function asyncRejected(module, error) {
    if (module.status === 'evaluated') {
      return;
    }
    module.evaluationError = { error: error };
    module.status = 'evaluated';
    module.asyncParents.forEach(function (m) { asyncRejected(m, error); });
    if (module.topLevelCapability !== null) {
      module.topLevelCapability.reject(error);
    }
  }

  // ------------------------------------------------------------------ entry points

  // The main module (compiled by the host already). A file is read again first, as Node's
  // loader reads it, so its first line runs in a job of the poll phase; [eval] code runs in a
  // job before the loop. What fails ends the process as uncaught.
  function runMain(compiled, filename, evalName) {
    var r = fileRecord(filename, 'module');
    mainRecord = r;
    r.evalName = evalName === null ? undefined : evalName;
    adoptCompiled(r, compiled);
    var at = r.name + ':1';
    r.status = 'fetching';
    r.waiters = [];
    if (evalName !== null) {
      fetched(r);
    } else {
      fsb.readFileSteps(filename, 'r', 'utf8', at, function (err) { fetched(r, err || undefined); });
    }
    fetchGraph(r, at, false, function (error) {
      host.importJob(function () {
        if (error !== undefined) {
          return fatal(error);
        }
        try {
          link(r);
        } catch (e) {
          return fatal(e);
        }
        evaluate(r);
        if (r.evaluationError !== null) {
          fatal(r.evaluationError.error);
        } else if (r.status !== 'evaluated') {
          evaluationPromise(r).then(undefined, fatal);
        }
      }, at);
    });
  }

  // Node hands it to triggerUncaughtException(err, fromPromise = true).
  function fatal(e) {
    host.importJob(function () {
      if (process.listenerCount('uncaughtException') === 0) {
        throw e;
      }
      process.emit('uncaughtException', e, 'unhandledRejection');
    }, null);
  }

  function isMainPending() {
    return mainRecord !== null && mainRecord.status !== 'evaluated';
  }

  // import(specifier) from the user file that calls it: its namespace, after as many jobs as
  // Node's loader takes.
  function importFrom(specifier) {
    var referrer = host.callerPath();
    if (referrer === null) {
      referrer = host.cwd + '/[eval]';
    }
    var cap = capability();
    var at = host.tracing ? host.where() : null;
    var r;
    function settle() {
      try {
        cap.resolve(namespace(r));
      } catch (e) {
        cap.reject(e);
      }
    }
    function fail(e) {
      hops(HOPS_AFTER_EVAL, function () { cap.reject(e); }, at);
    }
    // From the job that evaluated r, HOPS_AFTER_EVAL jobs more (counted from its end, for TLA).
    function evaluateThenSettle() {
      try {
        link(r);
      } catch (e) {
        return fail(e);
      }
      if (!isSourceText(r)) {
        try {
          evaluateSynthetic(r);
        } catch (e) {
          return fail(e);
        }
        return hops(HOPS_AFTER_EVAL, settle, at);
      }
      evaluate(r);
      if (r.evaluationError !== null) {
        fail(r.evaluationError.error);
      } else if (r.status === 'evaluated') {
        hops(HOPS_AFTER_EVAL, settle, at);
      } else {
        afterAsync(r);
      }
    }
    function afterAsync(m) {
      evaluationPromise(m).then(function () { hops(HOPS_AFTER_EVAL - 1, settle, at); },
        function (e) { hops(HOPS_AFTER_EVAL - 1, function () { cap.reject(e); }, at); });
    }
    try {
      r = resolve(specifier, referrer);
    } catch (e) {
      fail(e);
      return cap.promise;
    }
    if (r.status === 'evaluated' || r.status === 'failed' || (!isSourceText(r) && r.values !== null)) {
      hops(r.required ? HOPS_REQUIRED : HOPS_CACHED, function () {
        if (r.fetchError !== undefined) {
          cap.reject(r.fetchError);
        } else if (r.evaluationError !== null) {
          cap.reject(r.evaluationError.error);
        } else {
          settle();
        }
      }, at);
    } else if (r.status === 'evaluating' || r.status === 'evaluating-async') {
      afterAsync(r);
    } else if (r.kind === 'builtin' || (r.status === 'new' && host.moduleFormat(r.filename) === 'commonjs')) {
      // No file to read (Node reads CommonJS synchronously): the loader's own jobs only.
      hops(HOPS_BEFORE_EVAL, function () {
        try {
          fetchGraphSync(r);
        } catch (e) {
          return fail(e);
        }
        evaluateThenSettle();
      }, at);
    } else {
      fetchGraph(r, at, false, function (error) {
        host.importJob(function () {
          if (error !== undefined) {
            return cap.reject(error);
          }
          evaluateThenSettle();
        }, at);
      });
    }
    return cap.promise;
  }

  // require() of an ES module (Node 20.19+): loaded, linked and evaluated synchronously; a
  // graph with top-level await cannot be.
  function requireModule(filename, parentFilename) {
    var r = fileRecord(filename, 'module');
    fetchGraphSync(r);
    if (r.status !== 'evaluated') {
      r.required = true;
    }
    if (r.status === 'fetched') {
      link(r);
    }
    if (r.status === 'linked') {
      evaluate(r);
      if (r.asyncEvaluation) {
        throw errors.withCode(new Error('require() cannot be used on an ESM graph with top-level await. ' +
          'Use import() instead. To see where the top-level await comes from, use ' +
          '--experimental-print-required-tla.\n  From ' + parentFilename + ' \n  Requiring ' + filename + ' '),
          'ERR_REQUIRE_ASYNC_MODULE');
      }
    }
    if (r.evaluationError !== null) {
      throw r.evaluationError.error;
    }
    var ns = namespace(r);
    return 'default' in ns && !('__esModule' in ns) ? esModuleInterop(r, ns) : ns;
  }

  // What require(esm) returns for a module with a default export: its namespace with
  // __esModule: true, as Node 20 gives it.
  function esModuleInterop(r, ns) {
    if (r.interop === undefined) {
      var o = Object.create(null);
      var names = Object.keys(ns).concat(['__esModule']).sort();
      names.forEach(function (n) {
        if (n === '__esModule') {
          Object.defineProperty(o, n, { value: true, enumerable: true });
        } else {
          defineExport(o, n, resolveExport(r, n));
        }
      });
      Object.defineProperty(o, TAG, { value: 'Module' });
      Object.preventExtensions(o);
      r.interop = o;
    }
    return r.interop;
  }

  // The exports of the CommonJS module at an absolute path, loaded once: what an ES module
  // importing it gets (the cache is require's).
  function requireFile(filename) {
    var c = cjs();
    var cached = c.cache[filename];
    if (cached !== undefined) {
      return cached.exports;
    }
    var module = new c.Module(filename, filename, null);
    c.cache[filename] = module;
    var threw = true;
    try {
      c.load(module);
      threw = false;
    } finally {
      if (threw) {
        delete c.cache[filename];
      }
    }
    module.loaded = true;
    return module.exports;
  }

  // The 'module' built-in, the part ES modules reach for: createRequire(import.meta.url).
  function nodeModule(builtinModules) {
    return {
      builtinModules: builtinModules,
      createRequire: function createRequire(filename) {
        var file = String(filename);
        if (file.indexOf('file:') === 0) {
          file = fileURLToPath(file);
        }
        var c = cjs();
        return c.makeRequire(new c.Module(file, file, null));
      },
      isBuiltin: function (name) {
        var s = String(name);
        return isBuiltin(s.indexOf('node:') === 0 ? s.slice(5) : s);
      }
    };
  }

  // An error of the loader's has only frames of Node's own, left out here: Node prints it bare
  // (no brackets), as an error with frames.
  function unbracketed(err, shown) {
    var stack = err.stack;
    return typeof stack === 'string' && shown.indexOf('[' + stack + ']') === 0 ?
      stack + shown.slice(stack.length + 2) : shown;
  }

  return {
    unbracketed: unbracketed,
    nodeModule: nodeModule,
    runMain: runMain,
    importFrom: importFrom,
    requireModule: requireModule,
    isMainPending: isMainPending
  };
})
