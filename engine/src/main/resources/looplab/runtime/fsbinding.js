// The core of require('fs') (Node's lib/fs.js over its fs binding): Node's error objects, Stats
// and Dirent, validation, and the compound calls. A callback form is one or more thread-pool
// round trips, each its own request, chained the way Node chains them (readFile: open, fstat,
// read..., close); the *Sync forms run on the loop thread. fs.js builds the public module.
(function (host, errors, bufferModule, promiseModule) {
  'use strict';
  var Buffer = bufferModule.Buffer;
  var kReadFileBufferLength = 512 * 1024;
  var kReadFileUnknownBufferLength = 64 * 1024;
  var S_IFMT = 61440, S_IFREG = 32768, S_IFDIR = 16384, S_IFLNK = 40960;
  var S_IFIFO = 4096, S_IFSOCK = 49152, S_IFCHR = 8192, S_IFBLK = 24576;

  var constants = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
    S_IFMT: S_IFMT, S_IFREG: S_IFREG, S_IFDIR: S_IFDIR, S_IFLNK: S_IFLNK,
    COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4
  };

  // ------------------------------------------------------------------ errors

  function uvException(info) {
    if (info.code === 'ERR_FS_EISDIR') {
      var se = new Error('Path is a directory: rm returned EISDIR (is a directory) ' + info.path);
      se.name = 'SystemError';
      errors.withCode(se, 'ERR_FS_EISDIR');
      return se;
    }
    var message = info.code + ': ' + info.description + ', ' + info.syscall;
    if (info.path !== null && info.path !== undefined) {
      message += " '" + info.path + "'";
    }
    if (info.dest !== null && info.dest !== undefined) {
      message += " -> '" + info.dest + "'";
    }
    var err = new Error(message);
    err.errno = info.errno;
    err.code = info.code;
    err.syscall = info.syscall;
    if (info.path !== null && info.path !== undefined) {
      err.path = info.path;
    }
    if (info.dest !== null && info.dest !== undefined) {
      err.dest = info.dest;
    }
    return err;
  }

  function isFailure(r) {
    return r !== null && typeof r === 'object' && r.fsError === true;
  }

  // ------------------------------------------------------------------ requests

  function where() {
    return host.tracing ? host.where() : null;
  }

  // One pool round trip; `done(errInfo, value)` runs in the poll phase.
  function trip(op, args, api, at, continues, done) {
    host.fsAsync(op, args, done, api, at, continues === true);
  }

  function sync(op, args) {
    var r = host.fsSync(op, args);
    if (isFailure(r)) {
      throw uvException(r);
    }
    return r;
  }

  // A simple call: one trip, the callback gets (err) or (err, value).
  function simple(op, api, args, callback, map) {
    trip(op, args, api, where(), false, function (err, value) {
      if (err) {
        callback(uvException(err));
      } else if (map) {
        callback(null, map(value));
      } else {
        callback(null);
      }
    });
  }

  // ------------------------------------------------------------------ validation

  function toPath(path, name) {
    if (typeof path === 'string') {
      return path;
    }
    if (Buffer.isBuffer(path)) {
      return path.toString();
    }
    if (path !== null && typeof path === 'object' && path.protocol === 'file:' && typeof path.pathname === 'string') {
      return decodeURIComponent(path.pathname);
    }
    throw errors.invalidArgType(name || 'path', 'string or an instance of Buffer or URL', path);
  }

  function checkCallback(cb) {
    if (typeof cb !== 'function') {
      throw errors.invalidArgType('cb', 'function', cb);
    }
    return cb;
  }

  function checkFd(fd) {
    if (typeof fd !== 'number') {
      throw errors.invalidArgType('fd', 'number', fd);
    }
    if (!(fd >= 0 && fd <= 2147483647 && fd % 1 === 0)) {
      throw errors.outOfRange('fd', '>= 0 && <= 2147483647', fd);
    }
    return fd;
  }

  function options(value, defaults) {
    var out = {};
    var k;
    for (k in defaults) {
      out[k] = defaults[k];
    }
    if (typeof value === 'string') {
      out.encoding = value;
    } else if (value !== null && typeof value === 'object') {
      for (k in value) {
        if (value[k] !== undefined) {
          out[k] = value[k];
        }
      }
    } else if (value !== undefined && value !== null && typeof value !== 'function') {
      throw errors.invalidArgType('options', 'string or an instance of Object', value);
    }
    if (out.encoding !== undefined && out.encoding !== null && out.encoding !== 'buffer') {
      out.encoding = bufferModule.normalizeEncoding(out.encoding);
    }
    if (out.encoding === 'buffer') {
      out.encoding = null;
    }
    return out;
  }

  function decode(bytes, encoding) {
    if (encoding === undefined || encoding === null) {
      return bufferModule.fromLatin1(bytes);
    }
    return encoding === 'latin1' ? bytes : host.transcode(bytes, 'latin1', encoding);
  }

  // Data to write: bytes as a Latin-1 string plus the encoding the host should apply.
  function payload(data, encoding) {
    if (typeof data === 'string') {
      return [data, encoding || 'utf8'];
    }
    if (data instanceof Uint8Array) {
      return [bufferModule.toLatin1(data), 'latin1'];
    }
    throw errors.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
  }

  // ------------------------------------------------------------------ Stats, Dirent

  function Stats(f) {
    this.dev = f[0]; this.mode = f[1]; this.nlink = f[2]; this.uid = f[3]; this.gid = f[4];
    this.rdev = f[5]; this.blksize = f[6]; this.ino = f[7]; this.size = f[8]; this.blocks = f[9];
    this.atimeMs = f[10]; this.mtimeMs = f[11]; this.ctimeMs = f[12]; this.birthtimeMs = f[13];
    this.atime = new Date(Math.round(f[10])); this.mtime = new Date(Math.round(f[11]));
    this.ctime = new Date(Math.round(f[12])); this.birthtime = new Date(Math.round(f[13]));
  }
  function modeIs(type) {
    return function () { return (this.mode & S_IFMT) === type; };
  }
  Stats.prototype.isFile = modeIs(S_IFREG);
  Stats.prototype.isDirectory = modeIs(S_IFDIR);
  Stats.prototype.isSymbolicLink = modeIs(S_IFLNK);
  Stats.prototype.isFIFO = modeIs(S_IFIFO);
  Stats.prototype.isSocket = modeIs(S_IFSOCK);
  Stats.prototype.isCharacterDevice = modeIs(S_IFCHR);
  Stats.prototype.isBlockDevice = modeIs(S_IFBLK);

  function toStats(json) {
    return new Stats(JSON.parse(json));
  }

  var kType = Symbol('type');
  function Dirent(name, type, dir) {
    this.name = name;
    this.parentPath = dir;
    this.path = dir;
    this[kType] = type;
  }
  function direntIs(type) {
    return function () { return this[kType] === type; };
  }
  Dirent.prototype.isFile = direntIs(1);
  Dirent.prototype.isDirectory = direntIs(2);
  Dirent.prototype.isSymbolicLink = direntIs(3);
  Dirent.prototype.isFIFO = direntIs(4);
  Dirent.prototype.isSocket = direntIs(5);
  Dirent.prototype.isCharacterDevice = direntIs(6);
  Dirent.prototype.isBlockDevice = direntIs(7);

  function toEntries(json, opts, dir) {
    var list = JSON.parse(json);
    return list.map(function (e) {
      if (opts.withFileTypes) {
        return new Dirent(e[0], e[1], dir);
      }
      return opts.encoding === null ? Buffer.from(e) : e;
    });
  }

  // ------------------------------------------------------------------ readFile / writeFile

  // Node's ReadFileContext: open, fstat, read until the size is reached (or a read returns
  // nothing), close; every step a round trip of its own, with the user callback after close.
  function readFileSteps(path, flag, encoding, at, callback) {
    var api = 'fs.readFile';
    var chunks = [];
    var pos = 0;
    var size = 0;
    var fd;
    function finish(err, value) {
      trip('close', [fd], api, at, false, function (closeErr) {
        if (err) {
          callback(uvException(err));
        } else if (closeErr) {
          callback(uvException(closeErr));
        } else {
          callback(null, value);
        }
      });
    }
    function read() {
      var length = size === 0 ? kReadFileUnknownBufferLength : Math.min(kReadFileBufferLength, size - pos);
      trip('read', [fd, length, -1], api, at, true, function (err, bytes) {
        if (err) {
          return finish(err);
        }
        pos += bytes.length;
        chunks.push(bytes);
        if (pos === size || bytes.length === 0) {
          finish(null, decode(chunks.join(''), encoding));
        } else {
          read();
        }
      });
    }
    trip('open', [path, flag], api, at, true, function (err, opened) {
      if (err) {
        return callback(uvException(err));
      }
      fd = opened;
      trip('fstat', [fd], api, at, true, function (statErr, json) {
        if (statErr) {
          return finish(statErr);
        }
        var f = JSON.parse(json);
        size = (f[1] & S_IFMT) === S_IFREG ? f[8] : 0;
        read();
      });
    });
  }

  function readFile(path, opts, callback) {
    callback = checkCallback(callback || opts);
    var o = options(typeof opts === 'function' ? undefined : opts, { flag: 'r', encoding: null });
    if (typeof path === 'number') {
      checkFd(path);
      return readFd(path, o.encoding, where(), callback);
    }
    readFileSteps(toPath(path), o.flag, o.encoding, where(), callback);
  }

  function readFd(fd, encoding, at, callback) {
    var chunks = [];
    (function next() {
      trip('read', [fd, kReadFileUnknownBufferLength, -1], 'fs.readFile', at, true, function (err, bytes) {
        if (err) {
          return callback(uvException(err));
        }
        if (bytes.length === 0) {
          return callback(null, decode(chunks.join(''), encoding));
        }
        chunks.push(bytes);
        next();
      });
    })();
  }

  function readFileSync(path, opts) {
    var o = options(opts, { flag: 'r', encoding: null });
    if (typeof path === 'number') {
      var chunks = [];
      var bytes;
      while ((bytes = sync('read', [checkFd(path), kReadFileUnknownBufferLength, -1])).length > 0) {
        chunks.push(bytes);
      }
      return decode(chunks.join(''), o.encoding);
    }
    return decode(sync('readAll', [toPath(path), o.flag]), o.encoding);
  }

  // Node's writeFile: open, write (until all is written), close.
  function writeFileSteps(api, path, data, o, at, callback) {
    var p = payload(data, o.encoding);
    trip('open', [path, o.flag], api, at, true, function (err, fd) {
      if (err) {
        return callback(uvException(err));
      }
      trip('write', [fd, p[0], p[1], -1], api, at, true, function (writeErr) {
        trip('close', [fd], api, at, false, function (closeErr) {
          var e = writeErr || closeErr;
          callback(e ? uvException(e) : null);
        });
      });
    });
  }

  function writeFile(path, data, opts, callback) {
    callback = checkCallback(callback || opts);
    var o = options(typeof opts === 'function' ? undefined : opts, { flag: 'w', encoding: 'utf8' });
    writeFileSteps('fs.writeFile', toPath(path), data, o, where(), callback);
  }

  function appendFile(path, data, opts, callback) {
    callback = checkCallback(callback || opts);
    var o = options(typeof opts === 'function' ? undefined : opts, { flag: 'a', encoding: 'utf8' });
    writeFileSteps('fs.appendFile', toPath(path), data, o, where(), callback);
  }

  function writeFileSync(path, data, opts) {
    var o = options(opts, { flag: 'w', encoding: 'utf8' });
    var p = payload(data, o.encoding);
    sync('writeAll', [toPath(path), p[0], p[1], o.flag]);
  }

  function appendFileSync(path, data, opts) {
    var o = options(opts, { flag: 'a', encoding: 'utf8' });
    var p = payload(data, o.encoding);
    sync('writeAll', [toPath(path), p[0], p[1], o.flag]);
  }

  return {
    constants: constants,
    Stats: Stats,
    Dirent: Dirent,
    uvException: uvException,
    isFailure: isFailure,
    trip: trip,
    sync: sync,
    simple: simple,
    where: where,
    toPath: toPath,
    checkCallback: checkCallback,
    checkFd: checkFd,
    options: options,
    payload: payload,
    toStats: toStats,
    toEntries: toEntries,
    readFile: readFile,
    readFileSync: readFileSync,
    readFileSteps: readFileSteps,
    writeFile: writeFile,
    writeFileSync: writeFileSync,
    writeFileSteps: writeFileSteps,
    appendFile: appendFile,
    appendFileSync: appendFileSync
  };
})
