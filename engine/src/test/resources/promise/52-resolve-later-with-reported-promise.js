// A promise already reported as unhandled is handled when a later timer resolves another
// promise with it.
var early = Promise.reject('early');
early.label = 'early';
setTimeout(function () {
  log('timer');
  var follower = new Promise(function (res) { res(early); });
  follower.label = 'follower';
  follower.catch(function (e) { log('follower caught', e); });
}, 5);
