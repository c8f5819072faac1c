"""The page: ruby markup (render), the whole document laid out (layout), its cache on
disk (cache), exports (export), and a selection as text with readings (textforms,
wordslice)."""
