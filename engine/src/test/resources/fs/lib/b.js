const a = require('./a');
module.exports = { sawA: 'b saw a.name=' + a.name };
