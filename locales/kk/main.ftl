# attach хабарламалары қазақ тілінде.

batch-rows = { $count } жол
