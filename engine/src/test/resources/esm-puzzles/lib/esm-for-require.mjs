export const a = 1;
export default function hi() {
  return 'hi';
}
