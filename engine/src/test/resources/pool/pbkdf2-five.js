// Five password hashes, each a thread-pool request. With four workers four run at once and
// the fifth waits for one of them to finish; with five workers all run together.
const crypto = require('crypto');
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 30000, 64, 'sha512', (err, key) => {
    console.log('hash done:', key.length, 'bytes');
  });
}
console.log('five hashes queued');
