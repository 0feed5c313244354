// An uncaught thrown string is printed as it is, with Node's hint.
setTimeout(() => console.log('never'), 10);
console.log('before');
throw 'plain string';
