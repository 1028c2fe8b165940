# Source: https://sungchullee.github.io/python_book_writing/ch09/methods/sum_prod/ (the "sum and
# np.sum" examples 1-3 and the first lines of "cumsum and np.cumsum" 1, run one after another, as
# written; the page's markdown hides the dunders of `if __name__ == "__main__":`, restored here)
import numpy as np

def main():
    a = np.array([[1, 2], [3, 1], [2, 3]])
    print("a =")
    print(a)
    print()
    print(f"{a.sum() = }")
    print(f"{a.sum(axis=0) = }")
    print(f"{a.sum(axis=1) = }")

if __name__ == "__main__":
    main()

import numpy as np

def main():
    a = np.array([[1, 2], [3, 1], [2, 3]])
    print("a =")
    print(a)
    print()
    print(f"{np.sum(a) = }")
    print(f"{np.sum(a, axis=0) = }")
    print(f"{np.sum(a, axis=1) = }")

if __name__ == "__main__":
    main()

import numpy as np

def main():
    a = np.array([
        [8, 3, 9, 0, 10],
        [3, 5, 17, 1, 1],
        [2, 8, 6, 23, 1],
        [15, 7, 3, 2, 9],
        [6, 14, 2, 6, 0],
    ])
    print("Matrix:")
    print(a)
    print()
    print(f"Total Sum : {a.sum()}")
    print(f"Column Sum : {a.sum(axis=0)}")
    print(f"Row Sum : {a.sum(axis=1)}")

if __name__ == "__main__":
    main()

import numpy as np

def main():
    a = np.array([1, 2, 3, 4, 5])
    print(f"a = {a}")
    print(f"cumsum = {a.cumsum()}")
    # [1, 1+2, 1+2+3, 1+2+3+4, 1+2+3+4+5]

if __name__ == "__main__":
    main()
