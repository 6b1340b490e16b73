package org.parley.extract.claim;

/** Disjoint sets over {@code 0..n-1}; the root of a set is its smallest member, so results are order-free. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    int find(int x) {
        int r = x;
        while (parent[r] != r) r = parent[r];
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return false;
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
        return true;
    }
}
