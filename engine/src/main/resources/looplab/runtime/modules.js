// CommonJS (Node's lib/internal/modules/cjs/loader.js, the parts a script reaches): resolving
// './x' to x, x.js, x.json or x/index.js (and bare names through node_modules), the module
// cache, cycles (a module sees another's exports as they are at that moment), .json files, and
// Node's MODULE_NOT_FOUND errors. Every file read goes through the fs host, so --root holds.
(function (host, errors, fsBinding, path, requireBuiltin, isBuiltin, esm) {
  'use strict';
  // The fs binding (and the Buffer it brings) and the path module (path() gives it) are loaded
  // by the first require() of a file, not by the main module's start: a script that requires
  // nothing never pays for them.
  var fsbLoaded = null;
  function fsb() {
    return fsbLoaded || (fsbLoaded = fsBinding());
  }
  var S_IFMT = 61440, S_IFDIR = 16384;
  var cache = Object.create(null);
  var mainModule;

  function Module(id, filename, parent) {
    // path.dirname(filename) and the node_modules directories above it, from the host in one
    // call (ModulePaths): the same loop in this script was cold code for every main module.
    var dirs = JSON.parse(host.moduleDirs(filename));
    this.id = id;
    this.path = dirs.path;
    this.exports = {};
    this.filename = filename;
    this.loaded = false;
    this.children = [];
    this.paths = dirs.paths;
    if (parent) {
      parent.children.push(this);
    }
  }

  // 0: nothing there, 1: a file, 2: a directory. Escaping --root is an error, not a miss.
  function kind(p) {
    var r = host.fsSync('stat', [p]);
    if (fsb().isFailure(r)) {
      if (r.code === 'EACCES') {
        throw fsb().uvException(r);
      }
      return 0;
    }
    return (JSON.parse(r)[1] & S_IFMT) === S_IFDIR ? 2 : 1;
  }

  function tryFile(p) {
    return kind(p) === 1 ? p : null;
  }

  function tryExtensions(p) {
    return tryFile(p + '.js') || tryFile(p + '.json');
  }

  function tryPackage(dir) {
    var pkg = dir + '/package.json';
    if (kind(pkg) === 1) {
      var main;
      try {
        main = JSON.parse(fsb().readFileSync(pkg, 'utf8')).main;
      } catch (e) {
        e.path = pkg;
        e.message = 'Error parsing ' + pkg + ': ' + e.message;
        throw e;
      }
      if (typeof main === 'string' && main !== '') {
        var m = path().resolve(dir, main);
        var found = tryFile(m) || tryExtensions(m) || tryIndex(m);
        if (found) {
          return found;
        }
      }
    }
    return tryIndex(dir);
  }

  function tryIndex(dir) {
    return tryExtensions(dir + '/index');
  }

  function resolveAt(p) {
    var k = kind(p);
    if (k === 1) {
      return p;
    }
    return tryExtensions(p) || (k === 2 || kind(p) === 2 ? tryPackage(p) : null);
  }

  function isRelative(request) {
    return request === '.' || request === '..' || request.indexOf('./') === 0 ||
      request.indexOf('../') === 0 || request.charAt(0) === '/';
  }

  function resolveFilename(request, parent) {
    var found = null;
    if (isRelative(request)) {
      found = resolveAt(path().resolve(parent.path, request));
    } else {
      for (var i = 0; i < parent.paths.length && found === null; i++) {
        found = resolveAt(parent.paths[i] + '/' + request);
      }
    }
    if (found === null) {
      throw notFound(request, parent);
    }
    return found;
  }

  function notFound(request, parent) {
    var stack = [];
    for (var m = parent; m; m = m.parent) {
      stack.push(m.filename);
    }
    var err = new Error("Cannot find module '" + request + "'\nRequire stack:\n- " + stack.join('\n- '));
    errors.withCode(err, 'MODULE_NOT_FOUND');
    err.requireStack = stack;
    return err;
  }

  function load(module) {
    var filename = module.filename;
    if (path().extname(filename) === '.json') {
      var text = fsb().readFileSync(filename, 'utf8');
      try {
        module.exports = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (e) {
        e.message = filename + ': ' + e.message;
        throw e;
      }
      return;
    }
    var wrapper = host.compileFile(filename, displayName(filename));
    if (fsb().isFailure(wrapper)) {
      throw fsb().uvException(wrapper);
    }
    if (wrapper !== null && typeof wrapper === 'object' && wrapper.esm === true) {
      // require() of an ES module (Node 20.19+): its namespace, evaluated synchronously.
      module.exports = esm().requireModule(filename, module.parent ? module.parent.filename : filename);
      return;
    }
    if (wrapper !== null && typeof wrapper === 'object' && wrapper.syntaxError !== undefined) {
      throw new SyntaxError(wrapper.syntaxError);
    }
    wrapper.call(module.exports, module.exports, makeRequire(module), module, filename, module.path);
  }

  // What traces and stack frames call the file: relative to the working directory when inside it.
  function displayName(filename) {
    var rel = path().relative(process.cwd(), filename);
    return rel.indexOf('..') === 0 ? filename : rel;
  }

  function requireFrom(parent, request) {
    if (typeof request !== 'string') {
      throw errors.invalidArgType('id', 'string', request);
    }
    if (request === '') {
      throw errors.withCode(new TypeError("The argument 'id' must be a non-empty string. Received ''"),
        'ERR_INVALID_ARG_VALUE');
    }
    if (request.indexOf('node:') === 0 || (!isRelative(request) && isBuiltin(request))) {
      return requireBuiltin(request, parent.filename);
    }
    var filename = resolveFilename(request, parent);
    var cached = cache[filename];
    if (cached !== undefined) {
      if (parent.children.indexOf(cached) < 0) {
        parent.children.push(cached);
      }
      return cached.exports;
    }
    var module = new Module(filename, filename, parent);
    module.parent = parent;
    cache[filename] = module;
    var threw = true;
    try {
      load(module);
      threw = false;
    } finally {
      if (threw) {
        delete cache[filename];
        var i = parent.children.indexOf(module);
        if (i >= 0) {
          parent.children.splice(i, 1);
        }
      }
    }
    module.loaded = true;
    return module.exports;
  }

  function makeRequire(module) {
    var require = function require(request) {
      return requireFrom(module, request);
    };
    require.resolve = function resolve(request) {
      if (request.indexOf('node:') === 0 || (!isRelative(request) && isBuiltin(request))) {
        return request;
      }
      return resolveFilename(request, module);
    };
    require.resolve.paths = function paths(request) {
      return isRelative(request) ? [module.path] : module.paths.slice();
    };
    require.cache = cache;
    require.main = mainModule;
    return require;
  }

  function main(filename) {
    var module = new Module('.', filename, null);
    cache[filename] = module;
    mainModule = module;
    var require = makeRequire(module);
    return { module: module, require: require };
  }

  return { Module: Module, main: main, makeRequire: makeRequire, cache: cache, load: load };
})
