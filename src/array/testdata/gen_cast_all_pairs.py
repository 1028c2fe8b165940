import numpy as np, warnings, struct
names="bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128".split()
ints=[0,1,-1,100,-100,127,128,-128,-129,255,256,65504,65519,65520,-32768,2**24+1,2**31-1,-2**31,2**32-1,2**53+1,2**60+2**36+1,2**63-1,-2**63,2**63+2**39+1,2**64-1]
floats=[0.0,-0.0,0.5,-1.5,2.5,1e-8,-3e-5,1e10,-1e10,1e300,np.nan,np.inf,-np.inf,65519.99,65520.0,1+2**-11+2**-40,3.4e38,3.5e38,2.0**63,1.8e19,-2.0**63,300.7,-300.7,1e-320]
cplx=[1+2j,-3.5+0j,1e300+1e-300j,complex(np.nan,1),0j,1j,complex(70000.5,-1e40),complex(-1e10,3)]
def src(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name=="bool": return np.array([False,True])
        if name[0] in "iu":
            info=np.iinfo(name); return np.array([v for v in ints if info.min<=v<=info.max],dtype=name)
        if name[0]=="f": return np.array(floats).astype(name)
        return np.array(cplx).astype(name)
def fmt(x):
    if isinstance(x,(bool,np.bool_)): return str(int(x))
    if isinstance(x,np.integer): return str(int(x))
    if isinstance(x,np.complexfloating): return fmt(x.real)+","+fmt(x.imag)
    f=float(x)
    if f!=f: return "nan"
    return struct.pack('<d',f).hex()

for s in names:
    a=src(s)
    for d in names:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            r=a.astype(d)
        ws="".join(sorted({"C" if x.category.__name__=="ComplexWarning" else ("O" if "overflow" in str(x.message) else "I") for x in w}))
        print(s,d,ws or "-"," ".join(fmt(x) for x in r))

