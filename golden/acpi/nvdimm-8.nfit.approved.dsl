/*
 * <iasl version/date line>
 * <iasl version/date line>
 * <iasl version/date line>
 * 
 * <iasl version/date line>
 *
 * ACPI Data Table [NFIT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "NFIT"    [NVDIMM Firmware Interface Table]
[004h 0004   4]                 Table Length : 000005E8
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 04
[00Ah 0010   6]                       Oem ID : "Xen"
[010h 0016   8]                 Oem Table ID : "NVDIMM"
[018h 0024   4]                 Oem Revision : 00000000
[01Ch 0028   4]              Asl Compiler ID : "JXL "
[020h 0032   4]        Asl Compiler Revision : 00000001

[024h 0036   4]                     Reserved : 00000000

[028h 0040   2]                Subtable Type : 0000 [System Physical Address Range]
[02Ah 0042   2]                       Length : 0038

[02Ch 0044   2]                  Range Index : 0002
[02Eh 0046   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[030h 0048   4]                     Reserved : 00000000
[034h 0052   4]             Proximity Domain : 00000000
[038h 0056  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[048h 0072   8]           Address Range Base : 0000000200000000
[050h 0080   8]         Address Range Length : 0000000010000000
[058h 0088   8]         Memory Map Attribute : 0000000000008008

[060h 0096   2]                Subtable Type : 0001 [Memory Range Map]
[062h 0098   2]                       Length : 0030

[064h 0100   4]                Device Handle : 00000001
[068h 0104   2]                  Physical Id : 0000
[06Ah 0106   2]                    Region Id : 0000
[06Ch 0108   2]                  Range Index : 0002
[06Eh 0110   2]         Control Region Index : 0003
[070h 0112   8]                  Region Size : 0000000010000000
[078h 0120   8]                Region Offset : 0000000000000000
[080h 0128   8]          Address Region Base : 0000000000000000
[088h 0136   2]             Interleave Index : 0000
[08Ah 0138   2]              Interleave Ways : 0001
[08Ch 0140   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[08Eh 0142   2]                     Reserved : 0000

[090h 0144   2]                Subtable Type : 0004 [NVDIMM Control Region]
[092h 0146   2]                       Length : 0050

[094h 0148   2]                 Region Index : 0003
[096h 0150   2]                    Vendor Id : 8086
[098h 0152   2]                    Device Id : 0001
[09Ah 0154   2]                  Revision Id : 0001
[09Ch 0156   2]          Subsystem Vendor Id : 0000
[09Eh 0158   2]          Subsystem Device Id : 0000
[0A0h 0160   2]        Subsystem Revision Id : 0000
[0A2h 0162   1]                 Valid Fields : 00
[0A3h 0163   1]       Manufacturing Location : 00
[0A4h 0164   2]           Manufacturing Date : 0000
[0A6h 0166   2]                     Reserved : 0000
[0A8h 0168   4]                Serial Number : 00123456
[0ACh 0172   2]                         Code : 0301
[0AEh 0174   2]                 Window Count : 0000
[0B0h 0176   8]                  Window Size : 0000000000000000
[0B8h 0184   8]               Command Offset : 0000000000000000
[0C0h 0192   8]                 Command Size : 0000000000000000
[0C8h 0200   8]                Status Offset : 0000000000000000
[0D0h 0208   8]                  Status Size : 0000000000000000
[0D8h 0216   2]                        Flags : 0000
                            Windows buffered : 0
[0DAh 0218   6]                    Reserved1 : 000000000000

[0E0h 0224   2]                Subtable Type : 0000 [System Physical Address Range]
[0E2h 0226   2]                       Length : 0038

[0E4h 0228   2]                  Range Index : 0004
[0E6h 0230   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[0E8h 0232   4]                     Reserved : 00000000
[0ECh 0236   4]             Proximity Domain : 00000000
[0F0h 0240  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[100h 0256   8]           Address Range Base : 0000000210000000
[108h 0264   8]         Address Range Length : 0000000010000000
[110h 0272   8]         Memory Map Attribute : 0000000000008008

[118h 0280   2]                Subtable Type : 0001 [Memory Range Map]
[11Ah 0282   2]                       Length : 0030

[11Ch 0284   4]                Device Handle : 00000002
[120h 0288   2]                  Physical Id : 0000
[122h 0290   2]                    Region Id : 0000
[124h 0292   2]                  Range Index : 0004
[126h 0294   2]         Control Region Index : 0005
[128h 0296   8]                  Region Size : 0000000010000000
[130h 0304   8]                Region Offset : 0000000000000000
[138h 0312   8]          Address Region Base : 0000000000000000
[140h 0320   2]             Interleave Index : 0000
[142h 0322   2]              Interleave Ways : 0001
[144h 0324   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[146h 0326   2]                     Reserved : 0000

[148h 0328   2]                Subtable Type : 0004 [NVDIMM Control Region]
[14Ah 0330   2]                       Length : 0050

[14Ch 0332   2]                 Region Index : 0005
[14Eh 0334   2]                    Vendor Id : 8086
[150h 0336   2]                    Device Id : 0001
[152h 0338   2]                  Revision Id : 0001
[154h 0340   2]          Subsystem Vendor Id : 0000
[156h 0342   2]          Subsystem Device Id : 0000
[158h 0344   2]        Subsystem Revision Id : 0000
[15Ah 0346   1]                 Valid Fields : 00
[15Bh 0347   1]       Manufacturing Location : 00
[15Ch 0348   2]           Manufacturing Date : 0000
[15Eh 0350   2]                     Reserved : 0000
[160h 0352   4]                Serial Number : 00123457
[164h 0356   2]                         Code : 0301
[166h 0358   2]                 Window Count : 0000
[168h 0360   8]                  Window Size : 0000000000000000
[170h 0368   8]               Command Offset : 0000000000000000
[178h 0376   8]                 Command Size : 0000000000000000
[180h 0384   8]                Status Offset : 0000000000000000
[188h 0392   8]                  Status Size : 0000000000000000
[190h 0400   2]                        Flags : 0000
                            Windows buffered : 0
[192h 0402   6]                    Reserved1 : 000000000000

[198h 0408   2]                Subtable Type : 0000 [System Physical Address Range]
[19Ah 0410   2]                       Length : 0038

[19Ch 0412   2]                  Range Index : 0006
[19Eh 0414   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[1A0h 0416   4]                     Reserved : 00000000
[1A4h 0420   4]             Proximity Domain : 00000000
[1A8h 0424  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[1B8h 0440   8]           Address Range Base : 0000000220000000
[1C0h 0448   8]         Address Range Length : 0000000010000000
[1C8h 0456   8]         Memory Map Attribute : 0000000000008008

[1D0h 0464   2]                Subtable Type : 0001 [Memory Range Map]
[1D2h 0466   2]                       Length : 0030

[1D4h 0468   4]                Device Handle : 00000003
[1D8h 0472   2]                  Physical Id : 0000
[1DAh 0474   2]                    Region Id : 0000
[1DCh 0476   2]                  Range Index : 0006
[1DEh 0478   2]         Control Region Index : 0007
[1E0h 0480   8]                  Region Size : 0000000010000000
[1E8h 0488   8]                Region Offset : 0000000000000000
[1F0h 0496   8]          Address Region Base : 0000000000000000
[1F8h 0504   2]             Interleave Index : 0000
[1FAh 0506   2]              Interleave Ways : 0001
[1FCh 0508   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[1FEh 0510   2]                     Reserved : 0000

[200h 0512   2]                Subtable Type : 0004 [NVDIMM Control Region]
[202h 0514   2]                       Length : 0050

[204h 0516   2]                 Region Index : 0007
[206h 0518   2]                    Vendor Id : 8086
[208h 0520   2]                    Device Id : 0001
[20Ah 0522   2]                  Revision Id : 0001
[20Ch 0524   2]          Subsystem Vendor Id : 0000
[20Eh 0526   2]          Subsystem Device Id : 0000
[210h 0528   2]        Subsystem Revision Id : 0000
[212h 0530   1]                 Valid Fields : 00
[213h 0531   1]       Manufacturing Location : 00
[214h 0532   2]           Manufacturing Date : 0000
[216h 0534   2]                     Reserved : 0000
[218h 0536   4]                Serial Number : 00123458
[21Ch 0540   2]                         Code : 0301
[21Eh 0542   2]                 Window Count : 0000
[220h 0544   8]                  Window Size : 0000000000000000
[228h 0552   8]               Command Offset : 0000000000000000
[230h 0560   8]                 Command Size : 0000000000000000
[238h 0568   8]                Status Offset : 0000000000000000
[240h 0576   8]                  Status Size : 0000000000000000
[248h 0584   2]                        Flags : 0000
                            Windows buffered : 0
[24Ah 0586   6]                    Reserved1 : 000000000000

[250h 0592   2]                Subtable Type : 0000 [System Physical Address Range]
[252h 0594   2]                       Length : 0038

[254h 0596   2]                  Range Index : 0008
[256h 0598   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[258h 0600   4]                     Reserved : 00000000
[25Ch 0604   4]             Proximity Domain : 00000000
[260h 0608  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[270h 0624   8]           Address Range Base : 0000000230000000
[278h 0632   8]         Address Range Length : 0000000010000000
[280h 0640   8]         Memory Map Attribute : 0000000000008008

[288h 0648   2]                Subtable Type : 0001 [Memory Range Map]
[28Ah 0650   2]                       Length : 0030

[28Ch 0652   4]                Device Handle : 00000004
[290h 0656   2]                  Physical Id : 0000
[292h 0658   2]                    Region Id : 0000
[294h 0660   2]                  Range Index : 0008
[296h 0662   2]         Control Region Index : 0009
[298h 0664   8]                  Region Size : 0000000010000000
[2A0h 0672   8]                Region Offset : 0000000000000000
[2A8h 0680   8]          Address Region Base : 0000000000000000
[2B0h 0688   2]             Interleave Index : 0000
[2B2h 0690   2]              Interleave Ways : 0001
[2B4h 0692   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[2B6h 0694   2]                     Reserved : 0000

[2B8h 0696   2]                Subtable Type : 0004 [NVDIMM Control Region]
[2BAh 0698   2]                       Length : 0050

[2BCh 0700   2]                 Region Index : 0009
[2BEh 0702   2]                    Vendor Id : 8086
[2C0h 0704   2]                    Device Id : 0001
[2C2h 0706   2]                  Revision Id : 0001
[2C4h 0708   2]          Subsystem Vendor Id : 0000
[2C6h 0710   2]          Subsystem Device Id : 0000
[2C8h 0712   2]        Subsystem Revision Id : 0000
[2CAh 0714   1]                 Valid Fields : 00
[2CBh 0715   1]       Manufacturing Location : 00
[2CCh 0716   2]           Manufacturing Date : 0000
[2CEh 0718   2]                     Reserved : 0000
[2D0h 0720   4]                Serial Number : 00123459
[2D4h 0724   2]                         Code : 0301
[2D6h 0726   2]                 Window Count : 0000
[2D8h 0728   8]                  Window Size : 0000000000000000
[2E0h 0736   8]               Command Offset : 0000000000000000
[2E8h 0744   8]                 Command Size : 0000000000000000
[2F0h 0752   8]                Status Offset : 0000000000000000
[2F8h 0760   8]                  Status Size : 0000000000000000
[300h 0768   2]                        Flags : 0000
                            Windows buffered : 0
[302h 0770   6]                    Reserved1 : 000000000000

[308h 0776   2]                Subtable Type : 0000 [System Physical Address Range]
[30Ah 0778   2]                       Length : 0038

[30Ch 0780   2]                  Range Index : 000A
[30Eh 0782   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[310h 0784   4]                     Reserved : 00000000
[314h 0788   4]             Proximity Domain : 00000000
[318h 0792  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[328h 0808   8]           Address Range Base : 0000000240000000
[330h 0816   8]         Address Range Length : 0000000010000000
[338h 0824   8]         Memory Map Attribute : 0000000000008008

[340h 0832   2]                Subtable Type : 0001 [Memory Range Map]
[342h 0834   2]                       Length : 0030

[344h 0836   4]                Device Handle : 00000005
[348h 0840   2]                  Physical Id : 0000
[34Ah 0842   2]                    Region Id : 0000
[34Ch 0844   2]                  Range Index : 000A
[34Eh 0846   2]         Control Region Index : 000B
[350h 0848   8]                  Region Size : 0000000010000000
[358h 0856   8]                Region Offset : 0000000000000000
[360h 0864   8]          Address Region Base : 0000000000000000
[368h 0872   2]             Interleave Index : 0000
[36Ah 0874   2]              Interleave Ways : 0001
[36Ch 0876   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[36Eh 0878   2]                     Reserved : 0000

[370h 0880   2]                Subtable Type : 0004 [NVDIMM Control Region]
[372h 0882   2]                       Length : 0050

[374h 0884   2]                 Region Index : 000B
[376h 0886   2]                    Vendor Id : 8086
[378h 0888   2]                    Device Id : 0001
[37Ah 0890   2]                  Revision Id : 0001
[37Ch 0892   2]          Subsystem Vendor Id : 0000
[37Eh 0894   2]          Subsystem Device Id : 0000
[380h 0896   2]        Subsystem Revision Id : 0000
[382h 0898   1]                 Valid Fields : 00
[383h 0899   1]       Manufacturing Location : 00
[384h 0900   2]           Manufacturing Date : 0000
[386h 0902   2]                     Reserved : 0000
[388h 0904   4]                Serial Number : 0012345A
[38Ch 0908   2]                         Code : 0301
[38Eh 0910   2]                 Window Count : 0000
[390h 0912   8]                  Window Size : 0000000000000000
[398h 0920   8]               Command Offset : 0000000000000000
[3A0h 0928   8]                 Command Size : 0000000000000000
[3A8h 0936   8]                Status Offset : 0000000000000000
[3B0h 0944   8]                  Status Size : 0000000000000000
[3B8h 0952   2]                        Flags : 0000
                            Windows buffered : 0
[3BAh 0954   6]                    Reserved1 : 000000000000

[3C0h 0960   2]                Subtable Type : 0000 [System Physical Address Range]
[3C2h 0962   2]                       Length : 0038

[3C4h 0964   2]                  Range Index : 000C
[3C6h 0966   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[3C8h 0968   4]                     Reserved : 00000000
[3CCh 0972   4]             Proximity Domain : 00000000
[3D0h 0976  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[3E0h 0992   8]           Address Range Base : 0000000250000000
[3E8h 1000   8]         Address Range Length : 0000000010000000
[3F0h 1008   8]         Memory Map Attribute : 0000000000008008

[3F8h 1016   2]                Subtable Type : 0001 [Memory Range Map]
[3FAh 1018   2]                       Length : 0030

[3FCh 1020   4]                Device Handle : 00000006
[400h 1024   2]                  Physical Id : 0000
[402h 1026   2]                    Region Id : 0000
[404h 1028   2]                  Range Index : 000C
[406h 1030   2]         Control Region Index : 000D
[408h 1032   8]                  Region Size : 0000000010000000
[410h 1040   8]                Region Offset : 0000000000000000
[418h 1048   8]          Address Region Base : 0000000000000000
[420h 1056   2]             Interleave Index : 0000
[422h 1058   2]              Interleave Ways : 0001
[424h 1060   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[426h 1062   2]                     Reserved : 0000

[428h 1064   2]                Subtable Type : 0004 [NVDIMM Control Region]
[42Ah 1066   2]                       Length : 0050

[42Ch 1068   2]                 Region Index : 000D
[42Eh 1070   2]                    Vendor Id : 8086
[430h 1072   2]                    Device Id : 0001
[432h 1074   2]                  Revision Id : 0001
[434h 1076   2]          Subsystem Vendor Id : 0000
[436h 1078   2]          Subsystem Device Id : 0000
[438h 1080   2]        Subsystem Revision Id : 0000
[43Ah 1082   1]                 Valid Fields : 00
[43Bh 1083   1]       Manufacturing Location : 00
[43Ch 1084   2]           Manufacturing Date : 0000
[43Eh 1086   2]                     Reserved : 0000
[440h 1088   4]                Serial Number : 0012345B
[444h 1092   2]                         Code : 0301
[446h 1094   2]                 Window Count : 0000
[448h 1096   8]                  Window Size : 0000000000000000
[450h 1104   8]               Command Offset : 0000000000000000
[458h 1112   8]                 Command Size : 0000000000000000
[460h 1120   8]                Status Offset : 0000000000000000
[468h 1128   8]                  Status Size : 0000000000000000
[470h 1136   2]                        Flags : 0000
                            Windows buffered : 0
[472h 1138   6]                    Reserved1 : 000000000000

[478h 1144   2]                Subtable Type : 0000 [System Physical Address Range]
[47Ah 1146   2]                       Length : 0038

[47Ch 1148   2]                  Range Index : 000E
[47Eh 1150   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[480h 1152   4]                     Reserved : 00000000
[484h 1156   4]             Proximity Domain : 00000000
[488h 1160  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[498h 1176   8]           Address Range Base : 0000000260000000
[4A0h 1184   8]         Address Range Length : 0000000010000000
[4A8h 1192   8]         Memory Map Attribute : 0000000000008008

[4B0h 1200   2]                Subtable Type : 0001 [Memory Range Map]
[4B2h 1202   2]                       Length : 0030

[4B4h 1204   4]                Device Handle : 00000007
[4B8h 1208   2]                  Physical Id : 0000
[4BAh 1210   2]                    Region Id : 0000
[4BCh 1212   2]                  Range Index : 000E
[4BEh 1214   2]         Control Region Index : 000F
[4C0h 1216   8]                  Region Size : 0000000010000000
[4C8h 1224   8]                Region Offset : 0000000000000000
[4D0h 1232   8]          Address Region Base : 0000000000000000
[4D8h 1240   2]             Interleave Index : 0000
[4DAh 1242   2]              Interleave Ways : 0001
[4DCh 1244   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[4DEh 1246   2]                     Reserved : 0000

[4E0h 1248   2]                Subtable Type : 0004 [NVDIMM Control Region]
[4E2h 1250   2]                       Length : 0050

[4E4h 1252   2]                 Region Index : 000F
[4E6h 1254   2]                    Vendor Id : 8086
[4E8h 1256   2]                    Device Id : 0001
[4EAh 1258   2]                  Revision Id : 0001
[4ECh 1260   2]          Subsystem Vendor Id : 0000
[4EEh 1262   2]          Subsystem Device Id : 0000
[4F0h 1264   2]        Subsystem Revision Id : 0000
[4F2h 1266   1]                 Valid Fields : 00
[4F3h 1267   1]       Manufacturing Location : 00
[4F4h 1268   2]           Manufacturing Date : 0000
[4F6h 1270   2]                     Reserved : 0000
[4F8h 1272   4]                Serial Number : 0012345C
[4FCh 1276   2]                         Code : 0301
[4FEh 1278   2]                 Window Count : 0000
[500h 1280   8]                  Window Size : 0000000000000000
[508h 1288   8]               Command Offset : 0000000000000000
[510h 1296   8]                 Command Size : 0000000000000000
[518h 1304   8]                Status Offset : 0000000000000000
[520h 1312   8]                  Status Size : 0000000000000000
[528h 1320   2]                        Flags : 0000
                            Windows buffered : 0
[52Ah 1322   6]                    Reserved1 : 000000000000

[530h 1328   2]                Subtable Type : 0000 [System Physical Address Range]
[532h 1330   2]                       Length : 0038

[534h 1332   2]                  Range Index : 0010
[536h 1334   2]        Flags (decoded below) : 0003
                   Add/Online Operation Only : 1
                      Proximity Domain Valid : 1
[538h 1336   4]                     Reserved : 00000000
[53Ch 1340   4]             Proximity Domain : 00000000
[540h 1344  16]             Region Type GUID : 66F0D379-B4F3-4074-AC43-0D3318B78CDB
[550h 1360   8]           Address Range Base : 0000000270000000
[558h 1368   8]         Address Range Length : 0000000010000000
[560h 1376   8]         Memory Map Attribute : 0000000000008008

[568h 1384   2]                Subtable Type : 0001 [Memory Range Map]
[56Ah 1386   2]                       Length : 0030

[56Ch 1388   4]                Device Handle : 00000008
[570h 1392   2]                  Physical Id : 0000
[572h 1394   2]                    Region Id : 0000
[574h 1396   2]                  Range Index : 0010
[576h 1398   2]         Control Region Index : 0011
[578h 1400   8]                  Region Size : 0000000010000000
[580h 1408   8]                Region Offset : 0000000000000000
[588h 1416   8]          Address Region Base : 0000000000000000
[590h 1424   2]             Interleave Index : 0000
[592h 1426   2]              Interleave Ways : 0001
[594h 1428   2]                        Flags : 0000
                       Save to device failed : 0
                  Restore from device failed : 0
                       Platform flush failed : 0
                            Device not armed : 0
                      Health events observed : 0
                       Health events enabled : 0
                              Mapping failed : 0
[596h 1430   2]                     Reserved : 0000

[598h 1432   2]                Subtable Type : 0004 [NVDIMM Control Region]
[59Ah 1434   2]                       Length : 0050

[59Ch 1436   2]                 Region Index : 0011
[59Eh 1438   2]                    Vendor Id : 8086
[5A0h 1440   2]                    Device Id : 0001
[5A2h 1442   2]                  Revision Id : 0001
[5A4h 1444   2]          Subsystem Vendor Id : 0000
[5A6h 1446   2]          Subsystem Device Id : 0000
[5A8h 1448   2]        Subsystem Revision Id : 0000
[5AAh 1450   1]                 Valid Fields : 00
[5ABh 1451   1]       Manufacturing Location : 00
[5ACh 1452   2]           Manufacturing Date : 0000
[5AEh 1454   2]                     Reserved : 0000
[5B0h 1456   4]                Serial Number : 0012345D
[5B4h 1460   2]                         Code : 0301
[5B6h 1462   2]                 Window Count : 0000
[5B8h 1464   8]                  Window Size : 0000000000000000
[5C0h 1472   8]               Command Offset : 0000000000000000
[5C8h 1480   8]                 Command Size : 0000000000000000
[5D0h 1488   8]                Status Offset : 0000000000000000
[5D8h 1496   8]                  Status Size : 0000000000000000
[5E0h 1504   2]                        Flags : 0000
                            Windows buffered : 0
[5E2h 1506   6]                    Reserved1 : 000000000000

Raw Table Data: Length 1512 (0x5E8)

    0000: 4E 46 49 54 E8 05 00 00 01 04 58 65 6E 00 00 00  // NFIT......Xen...
    0010: 4E 56 44 49 4D 4D 00 00 00 00 00 00 4A 58 4C 20  // NVDIMM......JXL 
    0020: 01 00 00 00 00 00 00 00 00 00 38 00 02 00 03 00  // ..........8.....
    0030: 00 00 00 00 00 00 00 00 79 D3 F0 66 F3 B4 74 40  // ........y..f..t@
    0040: AC 43 0D 33 18 B7 8C DB 00 00 00 00 02 00 00 00  // .C.3............
    0050: 00 00 00 10 00 00 00 00 08 80 00 00 00 00 00 00  // ................
    0060: 01 00 30 00 01 00 00 00 00 00 00 00 02 00 03 00  // ..0.............
    0070: 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0080: 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00  // ................
    0090: 04 00 50 00 03 00 86 80 01 00 01 00 00 00 00 00  // ..P.............
    00A0: 00 00 00 00 00 00 00 00 56 34 12 00 01 03 00 00  // ........V4......
    00B0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    00C0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    00D0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    00E0: 00 00 38 00 04 00 03 00 00 00 00 00 00 00 00 00  // ..8.............
    00F0: 79 D3 F0 66 F3 B4 74 40 AC 43 0D 33 18 B7 8C DB  // y..f..t@.C.3....
    0100: 00 00 00 10 02 00 00 00 00 00 00 10 00 00 00 00  // ................
    0110: 08 80 00 00 00 00 00 00 01 00 30 00 02 00 00 00  // ..........0.....
    0120: 00 00 00 00 04 00 05 00 00 00 00 10 00 00 00 00  // ................
    0130: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0140: 00 00 01 00 00 00 00 00 04 00 50 00 05 00 86 80  // ..........P.....
    0150: 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0160: 57 34 12 00 01 03 00 00 00 00 00 00 00 00 00 00  // W4..............
    0170: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0180: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0190: 00 00 00 00 00 00 00 00 00 00 38 00 06 00 03 00  // ..........8.....
    01A0: 00 00 00 00 00 00 00 00 79 D3 F0 66 F3 B4 74 40  // ........y..f..t@
    01B0: AC 43 0D 33 18 B7 8C DB 00 00 00 20 02 00 00 00  // .C.3....... ....
    01C0: 00 00 00 10 00 00 00 00 08 80 00 00 00 00 00 00  // ................
    01D0: 01 00 30 00 03 00 00 00 00 00 00 00 06 00 07 00  // ..0.............
    01E0: 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    01F0: 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00  // ................
    0200: 04 00 50 00 07 00 86 80 01 00 01 00 00 00 00 00  // ..P.............
    0210: 00 00 00 00 00 00 00 00 58 34 12 00 01 03 00 00  // ........X4......
    0220: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0230: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0240: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0250: 00 00 38 00 08 00 03 00 00 00 00 00 00 00 00 00  // ..8.............
    0260: 79 D3 F0 66 F3 B4 74 40 AC 43 0D 33 18 B7 8C DB  // y..f..t@.C.3....
    0270: 00 00 00 30 02 00 00 00 00 00 00 10 00 00 00 00  // ...0............
    0280: 08 80 00 00 00 00 00 00 01 00 30 00 04 00 00 00  // ..........0.....
    0290: 00 00 00 00 08 00 09 00 00 00 00 10 00 00 00 00  // ................
    02A0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    02B0: 00 00 01 00 00 00 00 00 04 00 50 00 09 00 86 80  // ..........P.....
    02C0: 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    02D0: 59 34 12 00 01 03 00 00 00 00 00 00 00 00 00 00  // Y4..............
    02E0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    02F0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0300: 00 00 00 00 00 00 00 00 00 00 38 00 0A 00 03 00  // ..........8.....
    0310: 00 00 00 00 00 00 00 00 79 D3 F0 66 F3 B4 74 40  // ........y..f..t@
    0320: AC 43 0D 33 18 B7 8C DB 00 00 00 40 02 00 00 00  // .C.3.......@....
    0330: 00 00 00 10 00 00 00 00 08 80 00 00 00 00 00 00  // ................
    0340: 01 00 30 00 05 00 00 00 00 00 00 00 0A 00 0B 00  // ..0.............
    0350: 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0360: 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00  // ................
    0370: 04 00 50 00 0B 00 86 80 01 00 01 00 00 00 00 00  // ..P.............
    0380: 00 00 00 00 00 00 00 00 5A 34 12 00 01 03 00 00  // ........Z4......
    0390: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    03A0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    03B0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    03C0: 00 00 38 00 0C 00 03 00 00 00 00 00 00 00 00 00  // ..8.............
    03D0: 79 D3 F0 66 F3 B4 74 40 AC 43 0D 33 18 B7 8C DB  // y..f..t@.C.3....
    03E0: 00 00 00 50 02 00 00 00 00 00 00 10 00 00 00 00  // ...P............
    03F0: 08 80 00 00 00 00 00 00 01 00 30 00 06 00 00 00  // ..........0.....
    0400: 00 00 00 00 0C 00 0D 00 00 00 00 10 00 00 00 00  // ................
    0410: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0420: 00 00 01 00 00 00 00 00 04 00 50 00 0D 00 86 80  // ..........P.....
    0430: 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0440: 5B 34 12 00 01 03 00 00 00 00 00 00 00 00 00 00  // [4..............
    0450: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0460: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0470: 00 00 00 00 00 00 00 00 00 00 38 00 0E 00 03 00  // ..........8.....
    0480: 00 00 00 00 00 00 00 00 79 D3 F0 66 F3 B4 74 40  // ........y..f..t@
    0490: AC 43 0D 33 18 B7 8C DB 00 00 00 60 02 00 00 00  // .C.3.......`....
    04A0: 00 00 00 10 00 00 00 00 08 80 00 00 00 00 00 00  // ................
    04B0: 01 00 30 00 07 00 00 00 00 00 00 00 0E 00 0F 00  // ..0.............
    04C0: 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    04D0: 00 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00  // ................
    04E0: 04 00 50 00 0F 00 86 80 01 00 01 00 00 00 00 00  // ..P.............
    04F0: 00 00 00 00 00 00 00 00 5C 34 12 00 01 03 00 00  // ........\4......
    0500: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0510: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0520: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0530: 00 00 38 00 10 00 03 00 00 00 00 00 00 00 00 00  // ..8.............
    0540: 79 D3 F0 66 F3 B4 74 40 AC 43 0D 33 18 B7 8C DB  // y..f..t@.C.3....
    0550: 00 00 00 70 02 00 00 00 00 00 00 10 00 00 00 00  // ...p............
    0560: 08 80 00 00 00 00 00 00 01 00 30 00 08 00 00 00  // ..........0.....
    0570: 00 00 00 00 10 00 11 00 00 00 00 10 00 00 00 00  // ................
    0580: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    0590: 00 00 01 00 00 00 00 00 04 00 50 00 11 00 86 80  // ..........P.....
    05A0: 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    05B0: 5D 34 12 00 01 03 00 00 00 00 00 00 00 00 00 00  // ]4..............
    05C0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    05D0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  // ................
    05E0: 00 00 00 00 00 00 00 00                          // ........
