/*
 * <iasl version/date line>
 * <iasl version/date line>
 * <iasl version/date line>
 * 
 * Disassembling to symbolic ASL+ operators
 *
 * <iasl version/date line>
 *
 * Original Table Header:
 *     Signature        "SSDT"
 *     Length           0x00000296 (662)
 *     Revision         0x02
 *     Checksum         0x6E
 *     OEM ID           "Xen"
 *     OEM Table ID     "NVDIMM"
 *     OEM Revision     0x00000000 (0)
 *     Compiler ID      "JXL "
 *     Compiler Version 0x00000001 (1)
 */
DefinitionBlock ("", "SSDT", 2, "Xen", "NVDIMM", 0x00000000)
{
    Scope (\_SB)
    {
        Device (NVDR)
        {
            Name (_HID, "ACPI0012" /* NVDIMM Root Device */)  // _HID: Hardware ID
            Method (_DSM, 4, NotSerialized)  // _DSM: Device-Specific Method
            {
                If ((Arg2 == Zero))
                {
                    Return (Buffer (One)
                    {
                         0x00                                             // .
                    })
                }

                Return (Buffer (One)
                {
                     0x01                                             // .
                })
            }

            Device (NV00)
            {
                Name (_ADR, One)  // _ADR: Address
                Method (_DSM, 4, NotSerialized)  // _DSM: Device-Specific Method
                {
                    If ((Arg0 == ToUUID ("4309ac30-0d11-11e4-9191-0800200c9a66") /* Unknown UUID */))
                    {
                        If ((Arg2 == Zero))
                        {
                            Return (Buffer (One)
                            {
                                 0x71                                             // q
                            })
                        }

                        If ((Arg2 == 0x04))
                        {
                            Return (Buffer (0x0C)
                            {
                                /* 0000 */  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00,  // ........
                                /* 0008 */  0x00, 0x10, 0x00, 0x00                           // ....
                            })
                        }

                        If ((Arg2 == 0x05))
                        {
                            Local0 = DerefOf (Arg3 [Zero])
                            If ((SizeOf (Local0) < 0x08))
                            {
                                Return (Buffer (0x04)
                                {
                                     0x03, 0x00, 0x00, 0x00                           // ....
                                })
                            }

                            Local1 = _LSR (ToInteger (Mid (Local0, Zero, 0x04)), ToInteger (Mid (
                                Local0, 0x04, 0x04)))
                            If (DerefOf (Local1 [Zero]))
                            {
                                Return (Buffer (0x04)
                                {
                                     0x03, 0x00, 0x00, 0x00                           // ....
                                })
                            }

                            Return (Concatenate (Buffer (0x04)
                                {
                                     0x00, 0x00, 0x00, 0x00                           // ....
                                }, DerefOf (Local1 [One])))
                        }

                        If ((Arg2 == 0x06))
                        {
                            Local0 = DerefOf (Arg3 [Zero])
                            If ((SizeOf (Local0) < 0x08))
                            {
                                Return (Buffer (0x04)
                                {
                                     0x03, 0x00, 0x00, 0x00                           // ....
                                })
                            }

                            Local1 = ToInteger (Mid (Local0, 0x04, 0x04))
                            If (_LSW (ToInteger (Mid (Local0, Zero, 0x04)), Local1, Mid (Local0, 
                                0x08, Local1)))
                            {
                                Return (Buffer (0x04)
                                {
                                     0x03, 0x00, 0x00, 0x00                           // ....
                                })
                            }

                            Return (Buffer (0x04)
                            {
                                 0x00, 0x00, 0x00, 0x00                           // ....
                            })
                        }

                        Return (Buffer (One)
                        {
                             0x01                                             // .
                        })
                    }

                    If ((Arg2 == Zero))
                    {
                        Return (Buffer (One)
                        {
                             0x00                                             // .
                        })
                    }

                    Return (Buffer (One)
                    {
                         0x01                                             // .
                    })
                }

                Method (_LSI, 0, NotSerialized)  // _LSI: Label Storage Information
                {
                    Return (Package (0x03)
                    {
                        Zero, 
                        0x00020000, 
                        0x1000
                    })
                }

                Method (_LSR, 2, Serialized)  // _LSR: Label Storage Read
                {
                    If ((((Arg0 > 0x00020000) || (Arg1 > (0x00020000 - Arg0))) || 
                        (Arg1 > 0x1000)))
                    {
                        Return (Package (0x02)
                        {
                            0x02, 
                            Buffer (Zero) {}
                        })
                    }

                    Local0 = 0x0001F000
                    If ((Arg0 < Local0))
                    {
                        Local0 = Arg0
                    }

                    OperationRegion (LSAW, SystemMemory, (0x30000000 + Local0), 0x1000)
                    Field (LSAW, QWordAcc, NoLock, Preserve)
                    {
                        WDAT,   32768
                    }

                    Local1 = Package (0x02)
                        {
                            Zero, 
                            Buffer (Zero) {}
                        }
                    Local1 [One] = Mid (WDAT, (Arg0 - Local0), Arg1
                        )
                    Return (Local1)
                }

                Method (_LSW, 3, Serialized)  // _LSW: Label Storage Write
                {
                    If (((((Arg0 > 0x00020000) || (Arg1 > (0x00020000 - Arg0
                        ))) || (Arg1 > 0x1000)) || (SizeOf (Arg2) < Arg1)))
                    {
                        Return (0x02)
                    }

                    Local0 = 0x0001F000
                    If ((Arg0 < Local0))
                    {
                        Local0 = Arg0
                    }

                    OperationRegion (LSAW, SystemMemory, (0x30000000 + Local0), 0x1000)
                    Field (LSAW, QWordAcc, NoLock, Preserve)
                    {
                        WDAT,   32768
                    }

                    Local1 = (Arg0 - Local0)
                    Local2 = WDAT /* \_SB_.NVDR.NV00._LSW.WDAT */
                    Local3 = Concatenate (Mid (Local2, Zero, Local1), Mid (Arg2, Zero, Arg1
                        ))
                    WDAT = Concatenate (Local3, Mid (Local2, (Local1 + Arg1), 0x1000)
                        )
                    Return (Zero)
                }
            }

            Device (NV01)
            {
                Name (_ADR, 0x02)  // _ADR: Address
                Method (_DSM, 4, NotSerialized)  // _DSM: Device-Specific Method
                {
                    If ((Arg2 == Zero))
                    {
                        Return (Buffer (One)
                        {
                             0x00                                             // .
                        })
                    }

                    Return (Buffer (One)
                    {
                         0x01                                             // .
                    })
                }
            }
        }
    }
}

