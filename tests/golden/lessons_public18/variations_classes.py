# Variations a learner tries after pymoo_roulette_wheel and ensemblearner_stick_breaking: classes
# whose __init__ calls super().__init__() with no base class, with stray arguments, from a
# subclass, and from a method of a class with no __init__ of its own.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Wheel:
    def __init__(self, val):
        super().__init__()
        self.cumulative = np.cumsum(val) / np.sum(val)


class Noisy:
    def __init__(self, val):
        super().__init__(val)


class Keyed:
    def __init__(self, val):
        super().__init__(val=val)


class Plain:
    def reset(self, *args):
        return super().__init__(*args)


class Child(Wheel):
    def __init__(self, val, n):
        super().__init__(val)
        self.n = n


class Explicit(object):
    def __init__(self):
        super(Explicit, self).__init__()
        self.ok = True


show("wheel", lambda: Wheel([1, 3, 2, 4]).cumulative)
show("noisy", lambda: Noisy([1, 2]))
show("keyed", lambda: Keyed([1, 2]))
show("plain none", lambda: Plain().reset())
show("plain args", lambda: Plain().reset(1, 2))
show("child", lambda: (Child([2, 2], 5).cumulative, Child([2, 2], 5).n))
show("explicit", lambda: Explicit().ok)
show("init returns", lambda: Wheel([1.0]).__init__([2.0, 2.0]))
show("super not type", lambda: super(3, Wheel([1])))
show("super wrong obj", lambda: super(Child, Wheel([1])))


class Grand(Child):
    def __init__(self):
        super(Child, self).__init__([1, 1, 2])
        self.n = 0


show("grand skips child", lambda: (Grand().cumulative, Grand().n))
