import sharp from "sharp";

/**
 * A JPEG as a phone writes it: camera make and model and a GPS position (Shiraz) in EXIF.
 * Made here rather than committed, so the fixture is known to carry what the test removes.
 */
export async function gpsPhoto(file: string, width = 1600, height = 900): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "GPS-9" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 36/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "52/1 32/1 0/1" },
    })
    .toFile(file);
}

/** True when an EXIF block holds a GPS IFD pointer (tag 0x8825, either byte order). */
export const hasGps = (exif: Buffer | undefined): boolean =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
