import numpy as np
# Source: "Histogram Equalization" blog post as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (its histogram_equalization(), as
# written; the small uint8 image and the calls are added since the post runs it on photographs)
def histogram_equalization(image):
    # Calculate histogram
    hist, bins = np.histogram(image.flatten(), bins=256, range=[0,256])
    cdf = hist.cumsum()  # Cumulative distribution function
    cdf_normalized = cdf * hist.max() / cdf.max()  # Normalize
    
    # Use linear interpolation of cdf to find new pixel values
    cdf_m = np.ma.masked_equal(cdf, 0)
    cdf_m = (cdf_m - cdf_m.min()) * 255 / (cdf_m.max() - cdf_m.min())
    cdf = np.ma.filled(cdf_m, 0).astype('uint8')
    
    # Map the original image to the equalized image
    return cdf[image]

image = np.array([[52, 55, 61, 59],
                  [62, 59, 55, 104],
                  [63, 65, 66, 113],
                  [61, 70, 70, 126]], dtype=np.uint8)
print(histogram_equalization(image))
print(histogram_equalization(np.arange(0, 256, 16, dtype=np.uint8).reshape(4, 4)))
