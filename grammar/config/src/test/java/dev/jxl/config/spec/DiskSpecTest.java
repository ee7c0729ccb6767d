package dev.jxl.config.spec;

import static dev.jxl.config.spec.SpecCase.err;
import static dev.jxl.config.spec.SpecCase.ok;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Disk specs: every key, flag, deprecated prefix and error message. Expectations from real xl 4.17 ({@code xl -N create}), see {@link SpecCase}. */
class DiskSpecTest {
    static Stream<SpecCase> xl417() {
        return Stream.of(
            ok("/x,,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("/x,raw,xvda,r", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\"}", 0),
            ok("/x,qcow2,xvda,ro", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"qcow2\"}", 0),
            ok("/x,vhd,xvda,w", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"vhd\",\"readwrite\":1}", 0),
            ok("/x,qed,xvda,rw", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"qed\",\"readwrite\":1}", 0),
            ok("/x,empty,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"empty\",\"readwrite\":1}", 0),
            ok("/root/i.iso,,hdc,cdrom", "{\"pdev_path\":\"/root/i.iso\",\"vdev\":\"hdc\",\"format\":\"raw\",\"removable\":1,\"is_cdrom\":1}", 0),
            ok(",hdd:cdrom,r", "{\"pdev_path\":\"\",\"vdev\":\"hdd\",\"format\":\"empty\",\"removable\":1,\"is_cdrom\":1}", 0),
            ok("/x,,hdc:disk", "{\"pdev_path\":\"/x\",\"vdev\":\"hdc\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("/x,qed,hdc:cdrom,w", "{\"pdev_path\":\"/x\",\"vdev\":\"hdc\",\"format\":\"qed\",\"removable\":1,\"is_cdrom\":1}", 0),
            ok("format=qcow2, vdev=xvdb, access=ro, backendtype=qdisk, target=/x,y,z", "{\"pdev_path\":\"/x,y,z\",\"vdev\":\"xvdb\",\"backend\":\"qdisk\",\"format\":\"qcow2\"}", 0),
            ok("vdev=xvda,backend=d0,backendtype=phy,script=s,direct-io-safe,discard,no-colo,access=w,format=vhd,target=/t", "{\"backend_domname\":\"d0\",\"pdev_path\":\"/t\",\"vdev\":\"xvda\",\"backend\":\"phy\",\"format\":\"vhd\",\"script\":\"s\",\"readwrite\":1,\"direct_io_safe\":true,\"discard_enable\":\"True\",\"colo_enable\":\"False\"}", 0),
            ok("/x,,xvda,specification=virtio,colo,colo-host=h,colo-port=9,colo-export=e,active-disk=a,hidden-disk=h2,no-discard", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1,\"discard_enable\":\"False\",\"specification\":\"virtio\",\"colo_enable\":\"True\",\"colo_host\":\"h\",\"colo_port\":9,\"colo_export\":\"e\",\"active_disk\":\"a\",\"hidden_disk\":\"h2\"}", 0),
            ok("/x,,xvda,backendtype=tap,specification=xen", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"backend\":\"tap\",\"format\":\"raw\",\"readwrite\":1,\"specification\":\"xen\"}", 0),
            ok("/x,,xvda,backendtype=standalone", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"backend\":\"standalone\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("/x,,xvda,rw,devtype=cdrom", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"removable\":1,\"is_cdrom\":1}", 0),
            ok("/x,,xvda,devtype=disk,access=rw", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("cdrom,vdev=hdc", "{\"vdev\":\"hdc\",\"format\":\"empty\",\"removable\":1,\"is_cdrom\":1}", 0),
            ok("vdev=xvda,target=", "{\"pdev_path\":\"\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("vdev=xvda,format=,target=/t,", "{\"pdev_path\":\"/t\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("qcow2:/x,xvda,r", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"qcow2\"}", 0),
            ok("raw:/x,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("vhd:/x,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"vhd\",\"readwrite\":1}", 0),
            ok("iscsi:iqn,xvda", "{\"pdev_path\":\"iqn\",\"vdev\":\"xvda\",\"format\":\"raw\",\"script\":\"block-iscsi\",\"readwrite\":1}", 0),
            ok("nbd:h,xvda", "{\"pdev_path\":\"h\",\"vdev\":\"xvda\",\"format\":\"raw\",\"script\":\"block-nbd\",\"readwrite\":1}", 0),
            ok("enbd:e,xvdc", "{\"pdev_path\":\"e\",\"vdev\":\"xvdc\",\"format\":\"raw\",\"script\":\"block-enbd\",\"readwrite\":1}", 0),
            ok("drbd:r,xvdb", "{\"pdev_path\":\"r\",\"vdev\":\"xvdb\",\"format\":\"raw\",\"script\":\"block-drbd\",\"readwrite\":1}", 0),
            ok("tap:aio:/x,xvda,w", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("tap2:/x,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("tapdisk:/x,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("ioemu:/x,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("file:/x,hda,w", "{\"pdev_path\":\"/x\",\"vdev\":\"hda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("phy:/dev/sda,xvda,w,script=x", "{\"pdev_path\":\"/dev/sda\",\"vdev\":\"xvda\",\"format\":\"raw\",\"script\":\"x\",\"readwrite\":1}", 0),
            ok("/x,,xvda,=", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("/x,,xvda ", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda \",\"format\":\"raw\",\"readwrite\":1}", 0),
            ok("  /x,,xvda", "{\"pdev_path\":\"/x\",\"vdev\":\"xvda\",\"format\":\"raw\",\"readwrite\":1}", 0),
            err("/x,,xvda,trusted", "config parsing error in disk specification: unknown value for access: near `trusted' in `/x,,xvda,trusted'", 1),
            err("vdev=xvda,vdev=,target=/x", "config parsing error in disk specification: vdev respecified: near `' in `vdev=xvda,vdev=,target=/x'", 1),
            ok("x,,xvdh", "{\"pdev_path\":\"x\",\"vdev\":\"xvdh\",\"format\":\"raw\",\"readwrite\":1}", 0),
            err("foo=bar,/x,,xvda", "config parsing error in disk specification: unknown parameter: near `foo=b' in `foo=bar,/x,,xvda'", 1),
            err("format=bogus,access=bogus,/x,,xvda", "config parsing error in disk specification: unknown value for format: near `bogus' in `format=bogus,access=bogus,/x,,xvda'", 1),
            err("/x,xvda", "config parsing error in disk specification: unknown value for format: near `xvda' in `/x,xvda'", 1),
            err("devtype=foo,/x,,xvda", "config parsing error in disk specification: unknown value for type: near `devtype=foo,' in `devtype=foo,/x,,xvda'", 1),
            err("/x,,xvda,w,extra", "config parsing error in disk specification: too many positional parameters: near `extra' in `/x,,xvda,w,extra'", 1),
            err("Format=raw", "config parsing error in disk specification: bad disk syntax: near `=raw' in `Format=raw'", 1),
            err("foo:/x,xvda", "config parsing error in disk specification: unknown deprecated disk prefix: near `foo:' in `foo:/x,xvda'", 1),
            err("/x,,hdc:", "config parsing error in disk specification: unknown deprecated disk prefix: near `hdc:' in `/x,,hdc:'", 1),
            err("/x,,xvda:floppy", "config parsing error in disk specification: unknown deprecated type: near `floppy' in `/x,,xvda:floppy'", 1),
            err("vdev=xvda,vdev=xvdb,target=/x", "config parsing error in disk specification: vdev respecified: near `xvdb' in `vdev=xvda,vdev=xvdb,target=/x'", 1),
            err("/x", "config parsing error in disk specification: no vdev specified in `/x'", 1),
            err("", "config parsing error in disk specification: no vdev specified in `'", 1),
            err("vdev=xvda", "config parsing error in disk specification: no target specified (and device not removable) in `vdev=xvda'", 1),
            err("colo-port=0,/x,,xvda", "config parsing error in disk specification: unknown value for colo_port: near `0' in `colo-port=0,/x,,xvda'", 1),
            err("/x,,xvda,backendtype=xx", "config parsing error in disk specification: unknown value for backendtype: near `xx' in `/x,,xvda,backendtype=xx'", 1),
            err("/x,,xvda,specification=xx", "config parsing error in disk specification: unknown value for specification: near `xx' in `/x,,xvda,specification=xx'", 1),
            err("/x,,xvda,specification=xen,specification=virtio", "config parsing error in disk specification: specification respecified: near `virtio' in `/x,,xvda,specification=xen,specification=virtio'", 1),
            err("/x,,xvda,backendtype=phy,backendtype=tap", "config parsing error in disk specification: backend respecified: near `tap' in `/x,,xvda,backendtype=phy,backendtype=tap'", 1),
            err("/x,,xvda,format=raw,format=qcow", "config parsing error in disk specification: format respecified: near `qcow' in `/x,,xvda,format=raw,format=qcow'", 1),
            err("raw:/x,xvda,w,format=qcow", "config parsing error in disk specification: format respecified: near `qcow' in `raw:/x,xvda,w,format=qcow'", 1),
            err("iscsi:q,xvda,script=x", "config parsing error in disk specification: script respecified: near `x' in `iscsi:q,xvda,script=x'", 1),
            err("/x,,xvda,access=x", "config parsing error in disk specification: unknown value for access: near `x' in `/x,,xvda,access=x'", 1),
            err("/x,,xvda,r,trusted", "config parsing error in disk specification: too many positional parameters: near `trusted' in `/x,,xvda,r,trusted'", 1),
            err("/x,,xvda,backend=a,backend=b", "config parsing error in disk specification: backend respecified: near `b' in `/x,,xvda,backend=a,backend=b'", 1),
            err("target=/a,target=/b", "config parsing error in disk specification: no vdev specified in `target=/a,target=/b'", 1),
            err("/x,,xvda,colo-host=a,colo-host=b", "config parsing error in disk specification: colo-host respecified: near `b' in `/x,,xvda,colo-host=a,colo-host=b'", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xl417")
    void matchesXl(SpecCase c) {
        c.check(DiskSpec::parse);
    }
}
