import cyc_a
saw = cyc_a.done
