import numpy as np, warnings
vals=[300.0,-1.0,1e10,np.nan,np.inf,-np.inf,-1e10,2.5,-2.5,127.9,128.0,-129.0,255.0,256.0,65535.0,65536.0,-32769.0,2147483647.0,2147483648.0,-2147483649.0,4294967295.0,4294967296.0,9.2e18,9.3e18,1.8e19,1.85e19,-9.3e18, -0.5, 1e20, -1e20, 3e38]

for ft in [np.float64,np.float32,np.float16]:
  for it in [np.int8,np.int16,np.int32,np.int64,np.uint8,np.uint16,np.uint32,np.uint64]:
    res=[]
    for v in vals:
      with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        x=np.array([v],dtype=ft)
      with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r=x.astype(it)[0]
      res.append(str(int(r))+("W" if w else ""))
    print(ft.__name__,it.__name__," ".join(res))

names="bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128".split()

for rule in ["no","equiv","safe","same_kind","unsafe"]:
    for a in names:
        print(rule, a, "".join("1" if np.can_cast(a,b,rule) else "." for b in names))

