// require('fs'): the public module over fsbinding.js — callback, *Sync and promises forms.
(function (host, b, bufferModule, promiseModule, errors) {
  'use strict';
  var Buffer = bufferModule.Buffer;
  var fs = {};
  var slice = Array.prototype.slice;

  fs.constants = b.constants;
  fs.F_OK = 0; fs.R_OK = 4; fs.W_OK = 2; fs.X_OK = 1;
  fs.Stats = b.Stats;
  fs.Dirent = b.Dirent;

  fs.readFile = b.readFile;
  fs.readFileSync = b.readFileSync;
  fs.writeFile = b.writeFile;
  fs.writeFileSync = b.writeFileSync;
  fs.appendFile = b.appendFile;
  fs.appendFileSync = b.appendFileSync;

  function cbAndOptions(opts, cb) {
    return typeof opts === 'function' ? [undefined, opts] : [opts, cb];
  }

  // ------------------------------------------------------------------ one-trip calls

  function statLike(op) {
    return function (path, opts, cb) {
      var a = cbAndOptions(opts, cb);
      b.checkCallback(a[1]);
      b.simple(op, 'fs.' + op, [op === 'fstat' ? b.checkFd(path) : b.toPath(path)], a[1], b.toStats);
    };
  }
  function statLikeSync(op) {
    return function (path, opts) {
      try {
        return b.toStats(b.sync(op, [op === 'fstat' ? b.checkFd(path) : b.toPath(path)]));
      } catch (e) {
        if (opts && opts.throwIfNoEntry === false && e.code === 'ENOENT') {
          return undefined;
        }
        throw e;
      }
    };
  }
  fs.stat = statLike('stat');
  fs.lstat = statLike('lstat');
  fs.fstat = statLike('fstat');
  fs.statSync = statLikeSync('stat');
  fs.lstatSync = statLikeSync('lstat');
  fs.fstatSync = statLikeSync('fstat');

  fs.readdir = function readdir(path, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.checkCallback(a[1]);
    var p = b.toPath(path);
    var o = b.options(a[0], { encoding: 'utf8' });
    b.simple('readdir', 'fs.readdir', [p, !!o.withFileTypes], a[1], function (json) {
      return b.toEntries(json, o, p);
    });
  };
  fs.readdirSync = function readdirSync(path, opts) {
    var p = b.toPath(path);
    var o = b.options(opts, { encoding: 'utf8' });
    return b.toEntries(b.sync('readdir', [p, !!o.withFileTypes]), o, p);
  };

  function mkdirArgs(opts) {
    var recursive = opts !== null && typeof opts === 'object' && opts.recursive === true;
    return recursive;
  }
  fs.mkdir = function mkdir(path, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.checkCallback(a[1]);
    var recursive = mkdirArgs(a[0]);
    b.simple('mkdir', 'fs.mkdir', [b.toPath(path), recursive], a[1], function (first) {
      return recursive && first !== null ? first : undefined;
    });
  };
  fs.mkdirSync = function mkdirSync(path, opts) {
    var first = b.sync('mkdir', [b.toPath(path), mkdirArgs(opts)]);
    return first === null ? undefined : first;
  };

  fs.mkdtemp = function mkdtemp(prefix, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.checkCallback(a[1]);
    b.simple('mkdtemp', 'fs.mkdtemp', [b.toPath(prefix)], a[1], function (dir) { return dir; });
  };
  fs.mkdtempSync = function mkdtempSync(prefix, opts) {
    return b.sync('mkdtemp', [b.toPath(prefix)]);
  };

  fs.rmdir = function rmdir(path, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.checkCallback(a[1]);
    var recursive = a[0] && a[0].recursive === true;
    b.simple(recursive ? 'rm' : 'rmdir', 'fs.rmdir', [b.toPath(path), true, false], a[1]);
  };
  fs.rmdirSync = function rmdirSync(path, opts) {
    var recursive = opts && opts.recursive === true;
    b.sync(recursive ? 'rm' : 'rmdir', [b.toPath(path), true, false]);
  };
  fs.rm = function rm(path, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.checkCallback(a[1]);
    var o = a[0] || {};
    b.simple('rm', 'fs.rm', [b.toPath(path), o.recursive === true, o.force === true], a[1]);
  };
  fs.rmSync = function rmSync(path, opts) {
    var o = opts || {};
    b.sync('rm', [b.toPath(path), o.recursive === true, o.force === true]);
  };
  fs.unlink = function unlink(path, cb) {
    b.simple('unlink', 'fs.unlink', [b.toPath(path)], b.checkCallback(cb));
  };
  fs.unlinkSync = function unlinkSync(path) {
    b.sync('unlink', [b.toPath(path)]);
  };
  fs.rename = function rename(from, to, cb) {
    b.simple('rename', 'fs.rename', [b.toPath(from, 'oldPath'), b.toPath(to, 'newPath')], b.checkCallback(cb));
  };
  fs.renameSync = function renameSync(from, to) {
    b.sync('rename', [b.toPath(from, 'oldPath'), b.toPath(to, 'newPath')]);
  };
  fs.copyFile = function copyFile(src, dest, mode, cb) {
    cb = b.checkCallback(typeof mode === 'function' ? mode : cb);
    b.simple('copyfile', 'fs.copyFile', [b.toPath(src, 'src'), b.toPath(dest, 'dest')], cb);
  };
  fs.copyFileSync = function copyFileSync(src, dest) {
    b.sync('copyfile', [b.toPath(src, 'src'), b.toPath(dest, 'dest')]);
  };
  fs.access = function access(path, mode, cb) {
    if (typeof mode === 'function') {
      cb = mode;
      mode = 0;
    }
    b.simple('access', 'fs.access', [b.toPath(path), mode | 0], b.checkCallback(cb));
  };
  fs.accessSync = function accessSync(path, mode) {
    b.sync('access', [b.toPath(path), mode | 0]);
  };
  fs.exists = function exists(path, cb) {
    b.checkCallback(cb);
    var p;
    try {
      p = b.toPath(path);
    } catch (e) {
      return process.nextTick(cb, false);
    }
    b.trip('exists', [p], 'fs.exists', b.where(), false, function (err, value) {
      cb(!err && value === true);
    });
  };
  Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
    value: function exists(path) {
      var P = promiseModule().Promise;
      return new P(function (resolve) { fs.exists(path, resolve); });
    }
  });
  fs.existsSync = function existsSync(path) {
    try {
      return b.sync('exists', [b.toPath(path)]) === true;
    } catch (e) {
      return false;
    }
  };
  fs.realpath = function realpath(path, opts, cb) {
    var a = cbAndOptions(opts, cb);
    b.simple('realpath', 'fs.realpath', [b.toPath(path)], b.checkCallback(a[1]), String);
  };
  fs.realpathSync = function realpathSync(path) {
    return b.sync('realpath', [b.toPath(path)]);
  };

  // ------------------------------------------------------------------ descriptors

  fs.open = function open(path, flags, mode, cb) {
    cb = typeof flags === 'function' ? flags : typeof mode === 'function' ? mode : cb;
    flags = typeof flags === 'function' || flags === undefined ? 'r' : flags;
    b.simple('open', 'fs.open', [b.toPath(path), flags], b.checkCallback(cb), Number);
  };
  fs.openSync = function openSync(path, flags) {
    return b.sync('open', [b.toPath(path), flags === undefined ? 'r' : flags]);
  };
  fs.close = function close(fd, cb) {
    b.simple('close', 'fs.close', [b.checkFd(fd)], typeof cb === 'function' ? cb : function () {});
  };
  fs.closeSync = function closeSync(fd) {
    b.sync('close', [b.checkFd(fd)]);
  };

  function readArgs(args) {
    var buffer = args[1];
    var offset = args[2];
    var length = args[3];
    var position = args[4];
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset; length = o.length; position = o.position;
    }
    offset = offset === undefined ? 0 : offset;
    length = length === undefined ? buffer.length - offset : length;
    position = typeof position === 'number' ? position : -1;
    return [offset, length, position];
  }
  function fill(buffer, offset, bytes) {
    for (var i = 0; i < bytes.length; i++) {
      buffer[offset + i] = bytes.charCodeAt(i);
    }
    return bytes.length;
  }
  fs.read = function read(fd, buffer) {
    var args = slice.call(arguments);
    var cb = b.checkCallback(args[args.length - 1]);
    args.pop();
    var r = readArgs(args);
    b.trip('read', [b.checkFd(fd), r[1], r[2]], 'fs.read', b.where(), false, function (err, bytes) {
      if (err) {
        return cb(b.uvException(err));
      }
      cb(null, fill(buffer, r[0], bytes), buffer);
    });
  };
  fs.readSync = function readSync(fd, buffer) {
    var r = readArgs(slice.call(arguments));
    return fill(buffer, r[0], b.sync('read', [b.checkFd(fd), r[1], r[2]]));
  };

  // (fd, buffer[, offset[, length[, position]]]) or (fd, string[, position[, encoding]])
  function writeArgs(args) {
    var data = args[1];
    if (typeof data === 'string') {
      return [data, typeof args[3] === 'string' ? args[3] : 'utf8', typeof args[2] === 'number' ? args[2] : -1];
    }
    var offset = typeof args[2] === 'number' ? args[2] : 0;
    var length = typeof args[3] === 'number' ? args[3] : data.length - offset;
    var p = b.payload(data.subarray ? data.subarray(offset, offset + length) : data);
    return [p[0], p[1], typeof args[4] === 'number' ? args[4] : -1];
  }
  fs.write = function write(fd, data) {
    var args = slice.call(arguments);
    var cb = b.checkCallback(args[args.length - 1]);
    args.pop();
    var w = writeArgs(args);
    if (fd === 1 || fd === 2) {
      host.writeStd(fd, w[1] === 'latin1' ? host.transcode(w[0], 'latin1', 'utf8') : w[0]);
      b.trip('exists', ['.'], 'fs.write', b.where(), false, function () {
        cb(null, Buffer.byteLength(w[0], w[1]), data);
      });
      return;
    }
    b.trip('write', [b.checkFd(fd), w[0], w[1], w[2]], 'fs.write', b.where(), false, function (err, n) {
      if (err) {
        return cb(b.uvException(err));
      }
      cb(null, n, data);
    });
  };
  fs.writeSync = function writeSync(fd, data) {
    var w = writeArgs(slice.call(arguments));
    if (fd === 1 || fd === 2) {
      host.writeStd(fd, w[1] === 'latin1' ? host.transcode(w[0], 'latin1', 'utf8') : w[0]);
      return Buffer.byteLength(w[0], w[1]);
    }
    return b.sync('write', [b.checkFd(fd), w[0], w[1], w[2]]);
  };

  // ------------------------------------------------------------------ promises

  function promised(fn) {
    return function () {
      var args = slice.call(arguments);
      var Promise = promiseModule().Promise;
      return new Promise(function (resolve, reject) {
        args.push(function (err, value) {
          if (err) {
            reject(err);
          } else {
            resolve(value);
          }
        });
        fn.apply(null, args);
      });
    };
  }

  function FileHandle(fd) {
    this.fd = fd;
  }
  FileHandle.prototype.close = function close() { return promised(fs.close)(this.fd); };
  FileHandle.prototype.stat = function stat() { return promised(fs.fstat)(this.fd); };
  FileHandle.prototype.readFile = function readFile(opts) { return promised(fs.readFile)(this.fd, opts); };
  FileHandle.prototype.writeFile = function writeFile(data, opts) {
    var self = this;
    return promised(function (cb) {
      fs.write(self.fd, typeof data === 'string' ? data : data, cb);
    })();
  };
  FileHandle.prototype.read = function read(buffer, offset, length, position) {
    var fd = this.fd;
    return promised(function (cb) {
      fs.read(fd, buffer, offset, length, position, function (err, n, buf) {
        cb(err, err ? undefined : { bytesRead: n, buffer: buf });
      });
    })();
  };
  FileHandle.prototype.write = function write(data) {
    var fd = this.fd;
    var args = slice.call(arguments);
    return promised(function (cb) {
      fs.write.apply(null, [fd].concat(args, [function (err, n, d) {
        cb(err, err ? undefined : { bytesWritten: n, buffer: d });
      }]));
    })();
  };

  var promises = {};
  ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'readdir', 'mkdir', 'mkdtemp', 'rmdir', 'rm',
    'unlink', 'rename', 'copyFile', 'access', 'realpath'].forEach(function (name) {
    promises[name] = promised(fs[name]);
  });
  promises.open = function open(path, flags) {
    return promised(fs.open)(path, flags).then(function (fd) { return new FileHandle(fd); });
  };
  promises.constants = b.constants;
  fs.promises = promises;
  return fs;
})
