package vn.laichau.par.api.cyclefixtureb;

import vn.laichau.par.api.cyclefixturea.First;

/** The other half of a deliberate package cycle. */
public class Second {

    public First back() {
        return new First();
    }
}
