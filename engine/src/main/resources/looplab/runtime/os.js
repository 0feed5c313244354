// require('os'): the few facts lessons print (os.cpus().length for the thread-pool lesson, EOL).
(function (host) {
  'use strict';
  var cpuCount = host.cpuCount;
  function cpus() {
    var out = [];
    for (var i = 0; i < cpuCount; i++) {
      out.push({ model: 'looplab virtual CPU', speed: 0,
        times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
    }
    return out;
  }
  return {
    EOL: '\n',
    cpus: cpus,
    availableParallelism: function () { return cpuCount; },
    platform: function () { return 'linux'; },
    type: function () { return 'Linux'; },
    arch: function () { return 'x64'; },
    endianness: function () { return 'LE'; },
    homedir: function () { return '/home/looplab'; },
    tmpdir: function () { return '/tmp'; },
    hostname: function () { return 'looplab'; },
    release: function () { return '6.0.0'; },
    totalmem: function () { return 8589934592; },
    freemem: function () { return 4294967296; },
    uptime: function () { return 1000; },
    loadavg: function () { return [0, 0, 0]; },
    devNull: '/dev/null'
  };
})
