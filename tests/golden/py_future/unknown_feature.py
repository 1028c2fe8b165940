from __future__ import nosuch
