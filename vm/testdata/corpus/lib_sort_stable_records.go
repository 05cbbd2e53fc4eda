package main

import (
	"fmt"
	"sort"
)

type Rec struct {
	Dept string
	Name string
	Sal  int
}

func main() {
	recs := []Rec{
		{"eng", "zed", 100}, {"ops", "amy", 80}, {"eng", "bob", 120}, {"hr", "cat", 70},
		{"ops", "dan", 80}, {"eng", "eve", 100}, {"hr", "fay", 90}, {"eng", "gus", 120},
	}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Name < recs[j].Name })
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Sal > recs[j].Sal })
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Dept < recs[j].Dept })
	for _, r := range recs {
		fmt.Printf("%-4s %-4s %d\n", r.Dept, r.Name, r.Sal)
	}
	big := make([]Rec, 40)
	for i := range big {
		big[i] = Rec{fmt.Sprint(i % 3), fmt.Sprintf("n%02d", i), i % 5}
	}
	sort.SliceStable(big, func(i, j int) bool { return big[i].Sal < big[j].Sal })
	for _, r := range big[:10] {
		fmt.Print(r.Name, " ")
	}
	fmt.Println("|")
}

// Output:
// eng  bob  120
// eng  gus  120
// eng  eve  100
// eng  zed  100
// hr   fay  90
// hr   cat  70
// ops  amy  80
// ops  dan  80
// n00 n05 n10 n15 n20 n25 n30 n35 n01 n06 |
