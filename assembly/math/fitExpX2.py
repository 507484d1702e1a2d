"""Fits and checks the polynomial of assembly/math/expX2.ts.

    e^r ~= 1 + r + C2 r^2 + ... + C11 r^11,   |r| <= ln2/2

The minimax polynomial of the relative error with 1 + r fixed: Remez exchange in mpmath at 40
digits (10 coefficients, 11 reference points, extrema located on a 4,001-point grid). Then the
polynomial is evaluated in IEEE double in expX2.ts's Estrin order at 20,001 points.

    python3 assembly/math/fitExpX2.py

Output (2026-12-01): truncation 7.7e-18 relative; in double 3.8e-16 relative (the degree-13 Taylor
polynomial it replaced: 3.9e-16).
"""
import numpy as np
from mpmath import mp, mpf, exp, log, matrix, lu_solve, cos, pi

mp.dps = 40
DEG = 11
H = log(2) / 2 * (1 + mpf("1e-9"))


def fit():
    nc = DEG - 1
    pts = [H * cos(pi * i / nc) for i in range(nc + 1)]
    for _ in range(30):
        A = matrix(nc + 1, nc + 1)
        b = matrix(nc + 1, 1)
        for i, r in enumerate(pts):
            for j in range(nc):
                A[i, j] = r ** (j + 2)
            A[i, nc] = (-1) ** i * exp(r)
            b[i] = exp(r) - 1 - r
        x = lu_solve(A, b)
        c = [x[j] for j in range(nc)]

        def err(r):
            return (1 + r + sum(c[j] * r ** (j + 2) for j in range(nc))) / exp(r) - 1

        grid = [-H + 2 * H * k / 4000 for k in range(4001)]
        ev = [err(r) for r in grid]
        ext = [grid[0]]
        for k in range(1, 4000):
            if (ev[k] - ev[k - 1]) * (ev[k + 1] - ev[k]) <= 0:
                ext.append(grid[k])
        ext.append(grid[-1])
        if len(ext) == nc + 1:
            pts = ext
        mx = max(abs(e) for e in ev)
    return float(mx), [float(v) for v in c]


def estrin(r, cs):
    """expX2.ts's polynomial, in IEEE double."""
    f = np.float64
    C = [1.0, 1.0] + list(cs)
    r = f(r)
    r2 = r * r
    r4 = r2 * r2
    r8 = r4 * r4
    a = [f(C[2 * i]) + f(C[2 * i + 1]) * r for i in range(6)]
    b0 = a[0] + r2 * a[1]
    b1 = a[2] + r2 * a[3]
    b2 = a[4] + r2 * a[5]
    return (b0 + r4 * b1) + r8 * b2


# As shipped in expX2.ts.
SHIPPED = [0.500000000000001, 0.16666666666666674, 0.041666666666522106, 0.008333333333322215,
           0.0013888888947785523, 0.00019841269886563802, 2.4801487366025275e-05,
           2.755724236744935e-06, 2.7632640675581065e-07, 2.511003829684323e-08]


def check(cs):
    w = 0
    for k in range(20001):
        r = float(-H + 2 * H * k / 20000)
        w = max(w, abs(mpf(float(estrin(r, cs))) / exp(mpf(r)) - 1))
    return float(w)


if __name__ == "__main__":
    mx, cs = fit()
    print("truncation (max rel. error):", mx)
    print("C2.. =", [repr(v) for v in cs])
    print("fitted  in double:", check(cs))
    print("shipped in double:", check(SHIPPED))
