// looplab: Node 20's global console for the Nashorn runtime.
// Written after the behaviour of Node's lib/internal/console/constructor.js
// and lib/internal/cli_table.js. `util` is what inspect.js returned.
// Uses host.write(fd, text), host.now() (ms) and host.stackLines() only.
(function (host, util, emitWarningHook) {
  'use strict';

  var inspect = util.inspect;
  var formatWithOptions = util.formatWithOptions;
  var getStringWidth = util.getStringWidth;
  var slice = Array.prototype.slice;
  var hasOwn = Object.prototype.hasOwnProperty;

  var kNoColorInspectOptions = {};
  var groupIndentationWidth = 2;
  var groupIndent = '';
  var counts = new Map();
  var times = new Map();
  var warnedOnce = false;

  function writeToConsole(fd, string) {
    if (groupIndent.length !== 0) {
      if (string.indexOf('\n') !== -1) {
        string = string.split('\n').join('\n' + groupIndent);
      }
      string = groupIndent + string;
    }
    host.write(fd, string + '\n');
  }

  function formatArgs(args) {
    // Copied one by one into an array that already holds an object: Nashorn's slice of an
    // arguments object stores a whole-number double in an int array, and -0 became 0
    // (console.log(Math.round(-0.2)) printed 0).
    var list = [kNoColorInspectOptions];
    for (var i = 0; i < args.length; i++) list.push(args[i]);
    return formatWithOptions.apply(null, list);
  }

  // Node emits these through process.emitWarning. The runtime may pass its
  // process.emitWarning as an optional third argument; otherwise they go to
  // stderr at once.
  function emitWarning(message) {
    if (typeof emitWarningHook === 'function') {
      emitWarningHook(message);
      return;
    }
    var text = 'Warning: ' + message + '\n';
    if (!warnedOnce) {
      warnedOnce = true;
      text += '(Use `node --trace-warnings ...` to show where the warning was created)\n';
    }
    host.write(2, text);
  }

  // `${label}`: a symbol throws, as in Node.
  function labelOf(label) {
    return label === undefined ? 'default' : String(label);
  }

  function log() {
    writeToConsole(1, formatArgs(arguments));
  }

  function warn() {
    writeToConsole(2, formatArgs(arguments));
  }

  function dir(object, options) {
    var opts = { customInspect: false };
    var keys;
    var i;
    if (options !== null && typeof options === 'object') {
      keys = Object.keys(options);
      for (i = 0; i < keys.length; i++) opts[keys[i]] = options[keys[i]];
    }
    writeToConsole(1, inspect(object, opts));
  }

  function pad(value) {
    var s = '' + value;
    return s.length < 2 ? '0' + s : s;
  }

  function formatTime(ms) {
    var hours = 0;
    var minutes = 0;
    var seconds = 0;
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) {
          hours = Math.floor(ms / 3600000);
          ms = ms % 3600000;
        }
        minutes = Math.floor(ms / 60000);
        ms = ms % 60000;
      }
      seconds = ms / 1000;
    }
    if (hours !== 0 || minutes !== 0) {
      var parts = seconds.toFixed(3).split('.');
      var res = hours !== 0 ? hours + ':' + pad(minutes) : minutes;
      return res + ':' + pad(parts[0]) + '.' + parts[1] +
        ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
    }
    if (seconds !== 0) return seconds.toFixed(3) + 's';
    return String(Number(ms.toFixed(3))) + 'ms';
  }

  function timeLogImpl(name, label, data) {
    var start = times.get(label);
    if (start === undefined) {
      emitWarning("No such label '" + label + "' for console." + name + '()');
      return false;
    }
    var ms = host.now() - start;
    var args = ['%s: %s', label, formatTime(ms)];
    if (data !== undefined) args = args.concat(data);
    log.apply(null, args);
    return true;
  }

  function time(label) {
    label = labelOf(label);
    if (times.has(label)) {
      emitWarning("Label '" + label + "' already exists for console.time()");
      return;
    }
    times.set(label, host.now());
  }

  function timeEnd(label) {
    label = labelOf(label);
    if (timeLogImpl('timeEnd', label)) times['delete'](label);
  }

  function timeLog(label) {
    label = labelOf(label);
    timeLogImpl('timeLog', label, slice.call(arguments, 1));
  }

  function trace() {
    var message = formatArgs(arguments);
    var stack = message === '' ? 'Trace' : 'Trace: ' + message;
    var lines = host.stackLines();
    lines = lines === undefined || lines === null ? '' : String(lines);
    if (lines.charAt(lines.length - 1) === '\n') lines = lines.slice(0, -1);
    if (lines !== '') stack += '\n' + lines;
    warn(stack);
  }

  function assert(expression) {
    if (!expression) {
      var args = slice.call(arguments, 1);
      args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + String(args[0]));
      warn.apply(null, args);
    }
  }

  function clear() {
    // Only meaningful on a TTY; output here is never one.
  }

  function count(label) {
    label = labelOf(label);
    var n = counts.get(label);
    n = n === undefined ? 1 : n + 1;
    counts.set(label, n);
    log(label + ': ' + n);
  }

  function countReset(label) {
    label = labelOf(label);
    if (!counts.has(label)) {
      emitWarning("Count for '" + label + "' does not exist");
      return;
    }
    counts['delete'](label);
  }

  function group() {
    if (arguments.length > 0) log.apply(null, arguments);
    groupIndent += '  '.slice(0, groupIndentationWidth);
  }

  function groupEnd() {
    groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentationWidth);
  }

  // ---------------------------------------------------------- console.table

  var tableChars = {
    middleMiddle: '\u2500',
    rowMiddle: '\u253c',
    topRight: '\u2510',
    topLeft: '\u250c',
    leftMiddle: '\u251c',
    topMiddle: '\u252c',
    bottomRight: '\u2518',
    bottomLeft: '\u2514',
    bottomMiddle: '\u2534',
    rightMiddle: '\u2524',
    left: '\u2502 ',
    right: ' \u2502',
    middle: ' \u2502 '
  };

  function repeat(str, n) {
    return n > 0 ? str.repeat(n) : '';
  }

  function renderRow(row, columnWidths) {
    var out = tableChars.left;
    for (var i = 0; i < row.length; i++) {
      var cell = row[i];
      var needed = columnWidths[i] - getStringWidth(cell);
      out += cell + repeat(' ', Math.ceil(needed));
      if (i !== row.length - 1) out += tableChars.middle;
    }
    return out + tableChars.right;
  }

  function renderTable(head, columns) {
    var rows = [];
    var columnWidths = [];
    var longestColumn = 0;
    var i;
    var j;
    for (i = 0; i < head.length; i++) columnWidths.push(getStringWidth(head[i]));
    for (i = 0; i < columns.length; i++) {
      if (columns[i].length > longestColumn) longestColumn = columns[i].length;
    }
    for (i = 0; i < head.length; i++) {
      var column = columns[i];
      for (j = 0; j < longestColumn; j++) {
        if (rows[j] === undefined) rows[j] = [];
        var value = rows[j][i] = hasOwn.call(column, j) ? column[j] : '';
        var width = columnWidths[i] || 0;
        var counted = getStringWidth(value);
        columnWidths[i] = Math.max(width, counted);
      }
    }
    var divider = [];
    for (i = 0; i < columnWidths.length; i++) {
      divider.push(repeat(tableChars.middleMiddle, columnWidths[i] + 2));
    }
    var result = tableChars.topLeft + divider.join(tableChars.topMiddle) +
      tableChars.topRight + '\n' +
      renderRow(head, columnWidths) + '\n' +
      tableChars.leftMiddle + divider.join(tableChars.rowMiddle) +
      tableChars.rightMiddle + '\n';
    for (i = 0; i < rows.length; i++) result += renderRow(rows[i], columnWidths) + '\n';
    result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) +
      tableChars.bottomRight;
    return result;
  }

  function isArrayLike(v) {
    if (Array.isArray(v)) return true;
    var cls = Object.prototype.toString.call(v);
    return /^\[object (?:Big)?(?:Int|Uint|Float)(?:8|16|32|64)(?:Clamped)?Array\]$/.test(cls);
  }

  function tableInspect(v) {
    var depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth: depth, maxArrayLength: 3, breakLength: Infinity });
  }

  function indexArray(length) {
    var out = [];
    for (var i = 0; i < length; i++) out.push(tableInspect(i));
    return out;
  }

  function table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      var err = new TypeError('The "properties" argument must be an instance of Array.' +
        ' Received ' + inspect(properties));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (tabularData === null || typeof tabularData !== 'object') return log(tabularData);

    var cls = Object.prototype.toString.call(tabularData);
    var keys;
    var values;
    var length = 0;
    if (cls === '[object Map]') {
      keys = [];
      values = [];
      tabularData.forEach(function (v, k) {
        keys.push(tableInspect(k));
        values.push(tableInspect(v));
        length++;
      });
      return log(renderTable(['(iteration index)', 'Key', 'Values'],
        [indexArray(length), keys, values]));
    }
    if (cls === '[object Set]') {
      values = [];
      tabularData.forEach(function (v) {
        values.push(tableInspect(v));
        length++;
      });
      return log(renderTable(['(iteration index)', 'Values'], [indexArray(length), values]));
    }

    var map = Object.create(null);
    var hasPrimitives = false;
    var valuesKeyArray = [];
    var indexKeyArray = Object.keys(tabularData);
    for (var i = 0; i < indexKeyArray.length; i++) {
      var item = tabularData[indexKeyArray[i]];
      var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = tableInspect(item);
      } else {
        var itemKeys = properties || Object.keys(item);
        for (var k = 0; k < itemKeys.length; k++) {
          var key = itemKeys[k];
          if (map[key] === undefined || map[key] === null) map[key] = [];
          if ((primitive && properties) || !hasOwn.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = tableInspect(item[key]);
          }
        }
      }
    }
    keys = Object.keys(map);
    values = [];
    for (var m = 0; m < keys.length; m++) values.push(map[keys[m]]);
    if (hasPrimitives) {
      keys.push('Values');
      values.push(valuesKeyArray);
    }
    keys.unshift('(index)');
    values.unshift(indexKeyArray);
    return log(renderTable(keys, values));
  }

  var console = {
    log: log,
    warn: warn,
    dir: dir,
    time: time,
    timeEnd: timeEnd,
    timeLog: timeLog,
    trace: trace,
    assert: assert,
    clear: clear,
    count: count,
    countReset: countReset,
    group: group,
    groupEnd: groupEnd,
    table: table,
    debug: function debug() {
      log.apply(null, arguments);
    },
    info: function info() {
      log.apply(null, arguments);
    },
    dirxml: function dirxml() {
      log.apply(null, arguments);
    },
    error: function error() {
      warn.apply(null, arguments);
    },
    groupCollapsed: function groupCollapsed() {
      group.apply(null, arguments);
    },
    profile: function profile() {},
    profileEnd: function profileEnd() {},
    timeStamp: function timeStamp() {}
  };
  Object.defineProperty(console, '__looplabToStringTag', { value: 'console' });
  return console;
})
