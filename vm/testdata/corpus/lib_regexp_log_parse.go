package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

const logs = `2024-01-02 10:00:01 INFO  user=alice action=login ms=12
2024-01-02 10:00:05 WARN  user=bob action=upload ms=340
2024-01-02 10:01:00 ERROR user=alice action=upload ms=1200
garbage line
2024-01-02 10:02:30 INFO  user=carol action=login ms=8
2024-01-02 10:03:00 INFO  user=bob action=logout ms=3`

func main() {
	line := regexp.MustCompile(`(?m)^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\w+)\s+user=(\w+) action=(\w+) ms=(\d+)$`)
	matches := line.FindAllStringSubmatch(logs, -1)
	fmt.Println(len(matches))
	levels := map[string]int{}
	perUser := map[string]int{}
	for _, m := range matches {
		levels[m[3]]++
		ms, _ := strconv.Atoi(m[6])
		perUser[m[4]] += ms
	}
	fmt.Println(levels)
	users := make([]string, 0)
	for u := range perUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Println(u, perUser[u])
	}
	times := regexp.MustCompile(`\d{2}:\d{2}:\d{2}`).FindAllString(logs, 3)
	fmt.Println(times)
	masked := regexp.MustCompile(`user=(\w)\w*`).ReplaceAllString(logs[:60], "user=$1***")
	fmt.Println(masked)
}

// Output:
// 5
// map[ERROR:1 INFO:3 WARN:1]
// alice 1212
// bob 343
// carol 8
// [10:00:01 10:00:05 10:01:00]
// 2024-01-02 10:00:01 INFO  user=a*** action=login ms=12
// 2024
