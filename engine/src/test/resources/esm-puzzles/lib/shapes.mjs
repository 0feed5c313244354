export default function () {
  return 'the default function';
}
export class Square {
  constructor(side) {
    this.side = side;
  }
  area() {
    return this.side * this.side;
  }
}
export const unit = 1, zero = 0;
export { unit as one };
