// AggregateError as a constructor.
var e = new AggregateError([1, 'two', null], 'msg');
log('basic', e.name, e.message, JSON.stringify(e.errors), e instanceof AggregateError, e instanceof Error, String(e));
log('props', Object.keys(e).length, Object.prototype.hasOwnProperty.call(e, 'errors'), Object.getOwnPropertyDescriptor(e, 'errors').enumerable);
var e2 = AggregateError(new Set(['s']));
log('no new', e2 instanceof AggregateError, JSON.stringify(e2.message), e2.errors[0], String(e2));
var e3 = new AggregateError('ab', undefined, { cause: 'why' });
log('cause', e3.cause, e3.errors.join('|'), Object.prototype.hasOwnProperty.call(e3, 'message'));
try { new AggregateError(5); } catch (x) { log('not iterable', x.message); }
try { new AggregateError(); } catch (x) { log('undefined', x.message); }
log('proto', Object.getPrototypeOf(AggregateError) === Error, Object.getPrototypeOf(AggregateError.prototype) === Error.prototype,
    AggregateError.prototype.name, JSON.stringify(AggregateError.prototype.message), AggregateError.name, AggregateError.length);
log('toString tag', Object.prototype.toString.call(e));
var errs = [1];
var e4 = new AggregateError(errs);
log('copied', e4.errors !== errs);
