# Modeled on: https://github.com/joaco18/calc-det (models/bria2014/viola_jones_integral.py)
# (written for npcalc after the module, not copied: the integral image by
# np.cumsum(np.cumsum(img, axis=0), axis=1) padded with a zero row and column through
# np.pad(..., (1, 1), 'constant', constant_values=(0, 0))[:-1, :-1], and a Box that sums a
# rectangle from four corners by fancy indexing and np.multiply with +1/-1 weights. The module's
# image file is cut (a small array stands in); its Feature class reads coords it never sets, which
# the last call shows.)
import numpy as np


def to_integral(img):
    integral = np.cumsum(np.cumsum(img, axis=0), axis=1)
    return np.pad(integral, (1, 1), 'constant', constant_values=(0, 0))[:-1, :-1]


grayscale = np.arange(1, 21).reshape(4, 5)
integral = to_integral(grayscale)
print(integral)


class Box:
    def __init__(self, x, y, width, height):
        self.coords_x = [x, x + width, x, x + width]
        self.coords_y = [y, y, y + height, y + height]
        self.coeffs = [1, -1, -1, 1]

    def __call__(self, integral_image):
        return np.sum(np.multiply(integral_image[self.coords_y, self.coords_x], self.coeffs))


class Feature:
    def __init__(self, x, y, width, height):
        self.x = x
        self.y = y
        self.width = width
        self.height = height

    def __call__(self, integral_image):
        try:
            return np.sum(np.multiply(integral_image[self.coords_y, self.coords_x], self.coeffs))
        except IndexError as e:
            raise IndexError(str(e) + ' in ' + str(self))

    def __repr__(self):
        return f'{self.__class__.__name__}(x={self.x}, y={self.y}, width={self.width}, height={self.height})'


box = Box(1, 1, 2, 2)
print(box(integral), grayscale[1:3, 1:3].sum())
print(Box(0, 0, 5, 4)(integral), grayscale.sum())
try:
    Box(2, 2, 4, 1)(integral)
except IndexError as e:
    print("IndexError:", e)
f = Feature(0, 0, 2, 2)
print(f)
try:
    f(integral)
except AttributeError as e:
    print("AttributeError:", e)
