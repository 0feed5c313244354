// Promise.race between a slow fetch and a timeout; the loser timer is cleared.
function withTimeout(p, ms) {
  let t;
  const timeout = new Promise((_, reject) => {
    t = setTimeout(() => reject(new Error('timeout after ' + ms)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}
const work = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
withTimeout(work(100, 'fast'), 300).then((v) => console.log('ok', v), (e) => console.log('err', e.message));
withTimeout(work(500, 'slow'), 200).then((v) => console.log('ok', v), (e) => console.log('err', e.message));
Promise.allSettled([work(50, 1), Promise.reject(new Error('no'))]).then((rs) =>
  console.log(rs.map((r) => r.status).join(',')));
Promise.any([work(400, 'a'), work(250, 'b')]).then((v) => console.log('any', v));
