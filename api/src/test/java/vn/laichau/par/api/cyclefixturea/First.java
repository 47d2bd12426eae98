package vn.laichau.par.api.cyclefixturea;

import vn.laichau.par.api.cyclefixtureb.Second;

/** Half of a deliberate package cycle, used to prove that the cycle rule catches one. */
public class First {

    public Second next() {
        return new Second();
    }
}
