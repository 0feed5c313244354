await null;
export const c = 3;
