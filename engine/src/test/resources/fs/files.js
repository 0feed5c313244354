const fs = require('fs');
const path = require('path');
fs.mkdirSync('work/a/b', { recursive: true });
fs.writeFile('work/a/note.txt', 'hello', (err) => {
  console.log('written', err);
  fs.appendFile('work/a/note.txt', ' world\n', () => {
    fs.readFile('work/a/note.txt', 'utf8', (err, text) => {
      console.log(JSON.stringify(text));
      fs.stat('work/a/note.txt', (err, st) => {
        console.log('size', st.size, st.isFile(), st.isDirectory());
        fs.readdir('work/a', (err, names) => {
          console.log(names);
          fs.rename('work/a/note.txt', 'work/a/b/moved.txt', (err) => {
            console.log('renamed', err, fs.existsSync('work/a/b/moved.txt'));
            fs.readFile('work/a/b/moved.txt', (err, buf) => {
              console.log(Buffer.isBuffer(buf), buf.length, buf.toString().trim());
              fs.unlink('work/a/b/moved.txt', (err) => {
                console.log('unlinked', err, fs.readdirSync('work/a/b'));
                fs.rm('work', { recursive: true }, (err) => console.log('removed', err, fs.existsSync('work')));
              });
            });
          });
        });
      });
    });
  });
});
