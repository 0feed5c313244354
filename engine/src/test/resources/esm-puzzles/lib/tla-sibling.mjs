console.log('sibling: runs while slow awaits');
Promise.resolve().then(() => console.log('sibling: job'));
