// require('crypto'), the part the lessons use: createHash/createHmac (synchronous, as in Node),
// randomBytes and pbkdf2 (their callback forms are thread-pool requests), randomUUID.
(function (host, errors, bufferModule) {
  'use strict';
  var Buffer = bufferModule.Buffer;
  var hashes = { md5: 1, sha1: 1, sha224: 1, sha256: 1, sha384: 1, sha512: 1 };

  function bytes(data, encoding, name) {
    if (typeof data === 'string') {
      var enc = bufferModule.normalizeEncoding(encoding);
      return enc === 'latin1' ? data : host.transcode(data, enc, 'latin1');
    }
    if (data instanceof Uint8Array) {
      return bufferModule.toLatin1(data);
    }
    throw errors.invalidArgType(name, 'string or an instance of Buffer, TypedArray, or DataView', data);
  }

  function output(latin1, encoding) {
    if (encoding === undefined || encoding === 'buffer') {
      return bufferModule.fromLatin1(latin1);
    }
    var enc = bufferModule.normalizeEncoding(encoding);
    return enc === 'latin1' ? latin1 : host.transcode(latin1, 'latin1', enc);
  }

  function checkAlgorithm(algorithm) {
    if (typeof algorithm !== 'string') {
      throw errors.invalidArgType('algorithm', 'string', algorithm);
    }
    var a = algorithm.toLowerCase().replace('-', '');
    if (!hashes.hasOwnProperty(a)) {
      throw new Error('Digest method not supported');
    }
    return a;
  }

  function Hash(algorithm, key) {
    this._algorithm = algorithm;
    this._key = key;
    this._chunks = [];
    this._done = false;
  }
  Hash.prototype.update = function update(data, encoding) {
    if (this._done) {
      throw errors.withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
    }
    this._chunks.push(bytes(data, encoding, 'data'));
    return this;
  };
  Hash.prototype.digest = function digest(encoding) {
    if (this._done) {
      throw errors.withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
    }
    this._done = true;
    var data = this._chunks.join('');
    var raw = this._key === null ? host.hashDigest(this._algorithm, data)
      : host.hmacDigest(this._algorithm, this._key, data);
    return output(raw, encoding);
  };
  Hash.prototype.copy = function copy() {
    var h = new Hash(this._algorithm, this._key);
    h._chunks = this._chunks.slice();
    return h;
  };

  function createHash(algorithm) {
    return new Hash(checkAlgorithm(algorithm), null);
  }

  function createHmac(algorithm, key) {
    return new Hash(checkAlgorithm(algorithm), bytes(key, 'utf8', 'key'));
  }

  function checkSize(size) {
    if (typeof size !== 'number') {
      throw errors.invalidArgType('size', 'number', size);
    }
    if (!(size >= 0 && size <= 2147483647)) {
      throw errors.outOfRange('size', '>= 0 && <= 2147483647', size);
    }
  }

  function randomBytes(size, callback) {
    checkSize(size);
    if (callback === undefined) {
      return bufferModule.fromLatin1(host.randomBytes(size));
    }
    if (typeof callback !== 'function') {
      throw errors.invalidArgType('callback', 'function', callback);
    }
    host.cryptoAsync('randomBytes', [size], function (err, raw) {
      callback(null, bufferModule.fromLatin1(raw));
    }, host.tracing ? host.where() : null);
  }

  function pbkdf2Args(password, salt, iterations, keylen, digest) {
    var p = bytes(password, 'utf8', 'password');
    var s = bytes(salt, 'utf8', 'salt');
    if (typeof iterations !== 'number') {
      throw errors.invalidArgType('iterations', 'number', iterations);
    }
    if (!(iterations >= 1 && iterations <= 2147483647 && iterations % 1 === 0)) {
      throw errors.outOfRange('iterations', '>= 1 && <= 2147483647', iterations);
    }
    if (typeof keylen !== 'number') {
      throw errors.invalidArgType('keylen', 'number', keylen);
    }
    if (!(keylen >= 0 && keylen <= 2147483647 && keylen % 1 === 0)) {
      throw errors.outOfRange('keylen', '>= 0 && <= 2147483647', keylen);
    }
    if (typeof digest !== 'string') {
      throw errors.invalidArgType('digest', 'string', digest);
    }
    var d = digest.toLowerCase().replace('-', '');
    if (!hashes.hasOwnProperty(d)) {
      throw errors.withCode(new TypeError('Invalid digest: ' + digest), 'ERR_CRYPTO_INVALID_DIGEST');
    }
    return [p, s, iterations, keylen, d];
  }

  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
      callback = digest;
      digest = undefined;
    }
    var args = pbkdf2Args(password, salt, iterations, keylen, digest);
    if (typeof callback !== 'function') {
      throw errors.invalidArgType('callback', 'function', callback);
    }
    host.cryptoAsync('pbkdf2', args, function (err, raw) {
      callback(null, bufferModule.fromLatin1(raw));
    }, host.tracing ? host.where() : null);
  }

  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    var a = pbkdf2Args(password, salt, iterations, keylen, digest);
    return bufferModule.fromLatin1(host.pbkdf2(a[0], a[1], a[2], a[3], a[4]));
  }

  function randomUUID() {
    var h = host.transcode(host.randomBytes(16), 'latin1', 'hex').split('');
    h[12] = '4';
    h[16] = '89ab'.charAt(parseInt(h[16], 16) & 3);
    var s = h.join('');
    return s.slice(0, 8) + '-' + s.slice(8, 12) + '-' + s.slice(12, 16) + '-' + s.slice(16, 20) + '-' + s.slice(20);
  }

  function randomInt(min, max) {
    if (max === undefined) {
      max = min;
      min = 0;
    }
    return min + Math.floor(Math.random() * (max - min));
  }

  return {
    createHash: createHash,
    createHmac: createHmac,
    randomBytes: randomBytes,
    pbkdf2: pbkdf2,
    pbkdf2Sync: pbkdf2Sync,
    randomUUID: randomUUID,
    randomInt: randomInt,
    getHashes: function () { return Object.keys(hashes); }
  };
})
