console.log('c (imported twice, evaluated once)');
export default 'C';
