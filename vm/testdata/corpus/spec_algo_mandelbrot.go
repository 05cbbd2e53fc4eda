package main

import "fmt"

func main() {
	const w, h = 40, 12
	chars := " .:-=+*#%@"
	for y := 0; y < h; y++ {
		line := make([]byte, w)
		for x := 0; x < w; x++ {
			c := complex(-2.2+float64(x)*3.0/w, -1.2+float64(y)*2.4/h)
			z := complex(0, 0)
			i := 0
			for ; i < 50 && real(z)*real(z)+imag(z)*imag(z) <= 4; i++ {
				z = z*z + c
			}
			line[x] = chars[i*(len(chars)-1)/50]
		}
		fmt.Printf("|%s|\n", line)
	}
	var sum float64
	for i := 1; i <= 1000; i++ {
		sum += 1 / float64(i*i)
	}
	fmt.Printf("%.12f\n", sum)
	var s32 float32
	for i := 1; i <= 1000; i++ {
		s32 += 1 / float32(i*i)
	}
	fmt.Println(s32)
}

// Output:
// |                                        |
// |                          ...:          |
// |                       ...:@@@..        |
// |                    ..#+=@@@@@@@:#:.    |
// |            .........#@@@@@@@@@@@@-.    |
// |           ..:@@@@@:@@@@@@@@@@@@@@@-    |
// |   @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@-..    |
// |           ..:@@@@@:@@@@@@@@@@@@@@@-    |
// |            .........#@@@@@@@@@@@@-.    |
// |                    ..#+=@@@@@@@:#:.    |
// |                       ...:@@@..        |
// |                          ...:          |
// 1.643934566682
// 1.6439348
