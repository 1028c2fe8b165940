import numpy as np
# Source: "Sorting Lists for Lorenz Curve – Python" (Jose Christian, 2013) as stored in
# https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (its Python 3 version, as written)
from decimal import Decimal
from numpy import cumsum

def listPercentiles(list_items):
    # Check to see if there are at least 100 items
    if len(list_items) < 100:
        print('-- List is not long enough! --')
    else:
        # People in each percentile
        int_per_cent = len(list_items) // 100

        # Total entries
        int_total_entries = sum(list_items)

        # Sort list from lowest to highest
        list_items.sort()

        # List of raw posts per percentile
        list_pc_ents = []
        for int_pcnt in range(0, len(list_items), int_per_cent):
            # Slice the list of entries to percentiles
            list_each_percentile = list_items[int_pcnt:int_pcnt + int_per_cent]
            # Sum up all the entries in that percentile
            int_raw_percentile = sum(list_each_percentile)
            # Change it to a percent of total entries
            dec_percentile_entry = Decimal(int_raw_percentile) / Decimal(int_total_entries)
            list_pc_ents.append(dec_percentile_entry)

        # Now do the cumsum
        list_cumsum = list(cumsum(list_pc_ents))
        list_int_formated = [float(dec_each_item) for dec_each_item in list_cumsum]

        # Return your results
        return list_int_formated

# Running the Function

# First, we make a list full of integers. This time we will fill a list of 100 items with 1s.
list_100_items = [1] * 100

# Now we run the above function
list_percentiles = listPercentiles(list_100_items)

print(list_percentiles)
