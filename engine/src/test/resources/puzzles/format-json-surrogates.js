// JSON.stringify of strings cut in the middle of an emoji (ES2019 well-formed stringify).
const emoji = '😀👍';
const cut = emoji.slice(0, 3);
console.log(cut.length, JSON.stringify(cut));
console.log(JSON.stringify({ first: emoji[0], second: emoji[1], whole: emoji.slice(0, 2) }));
console.log(JSON.stringify([emoji.charAt(3), 'ok']), JSON.stringify('\udc00\ud800'));
const back = JSON.parse(JSON.stringify(cut));
console.log(back === cut, back.length);
console.log(JSON.stringify({ [emoji[1]]: 1 }, null, 2));
