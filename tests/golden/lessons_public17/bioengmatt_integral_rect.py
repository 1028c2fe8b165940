# Modeled on: https://github.com/bioEngMatt/PrelimFinalReport (PythonFiles/ViolaJones/integralImaging.py)
# (written for npcalc after the module, not copied: the integral image by np.cumsum along axis=1
# then axis=0, padded with a zero column and row by np.hstack/np.vstack of np.zeros, and a
# rectangle's sum from four look-ups with [x, y] positions; a small array stands in for the image)
import numpy as np


def integralImg(img):
    ximg = np.cumsum(img, axis=1)
    yimg = np.cumsum(ximg, axis=0)
    nimg = np.hstack((np.zeros((yimg.shape[0], 1)), yimg))
    nimg = np.vstack((np.zeros((1, nimg.shape[1])), nimg))
    return nimg


def calcRectReg(intimg, endPos, startPos=[0, 0]):
    return (intimg[endPos[1] + 1, endPos[0] + 1] +
            intimg[startPos[1], startPos[0]] -
            intimg[startPos[1], endPos[0] + 1] -
            intimg[endPos[1] + 1, startPos[0]])


img = np.array([[5, 2, 3, 4],
                [1, 5, 4, 2],
                [2, 2, 1, 3],
                [3, 5, 6, 4]], dtype=np.uint8)
ii = integralImg(img)
print(ii)
print(ii.dtype, ii.shape)
print(calcRectReg(ii, [3, 3]), img.sum())
print(calcRectReg(ii, [2, 2], [1, 1]), img[1:3, 1:3].sum())
print(calcRectReg(ii, endPos=[0, 3]))
