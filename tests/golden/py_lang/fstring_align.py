import numpy as np
for s in ['a', 'bb']:
    print(f'[{s:^6}] [{s:*>4}] [{s:<3}]')
