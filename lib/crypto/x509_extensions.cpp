#include "x509_extensions.h"

#include "openssl_errors.h"

#include <openssl/objects.h>

#include <iterator>

namespace certdeck::crypto::ossl {

namespace {

// RFC 5280 KeyUsage bit positions, named as Key Vault names them.
constexpr const char *keyUsageBitNames[] = {
    "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
    "keyCertSign",      "cRLSign",        "encipherOnly",    "decipherOnly",
};

int keyUsageBit(const QString &name) {
    for (int bit = 0; bit < static_cast<int>(std::size(keyUsageBitNames)); ++bit) {
        // Case-insensitive so "crlSign" (seen in the wild) is accepted too.
        if (name.compare(QLatin1String(keyUsageBitNames[bit]), Qt::CaseInsensitive) == 0)
            return bit;
    }
    return -1;
}

CryptoError invalidExtension(const QString &message) {
    return CryptoError{CryptoErrorCode::InvalidInput, message};
}

bool isPrintableAscii(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

CryptoResult<X509ExtensionPtr> encodeExtension(int nid, bool critical, void *value) {
    X509ExtensionPtr extension(X509V3_EXT_i2d(nid, critical ? 1 : 0, value));
    if (!extension)
        return fail(opensslError(CryptoErrorCode::Internal,
                                 QStringLiteral("Could not encode extension %1")
                                     .arg(QString::fromLatin1(OBJ_nid2sn(nid)))));
    return extension;
}

// DNS names and e-mail addresses are IA5String: ASCII only (IDNs must arrive as punycode).
CryptoResult<GeneralNamePtr> asciiGeneralName(int type, const QString &value, const char *what) {
    if (value.isEmpty() || !isPrintableAscii(value))
        return fail(invalidExtension(
            QStringLiteral("Invalid %1 subject alternative name \"%2\": printable ASCII required")
                .arg(QLatin1String(what), value)));
    GeneralNamePtr name(GENERAL_NAME_new());
    Asn1StringPtr text(ASN1_IA5STRING_new());
    const QByteArray bytes = value.toLatin1();
    if (!name || !text || ASN1_STRING_set(text.get(), bytes.constData(), bytes.size()) != 1)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    GENERAL_NAME_set0_value(name.get(), type, text.release());
    return name;
}

CryptoResult<GeneralNamePtr> upnGeneralName(const QString &upn) {
    if (upn.isEmpty())
        return fail(invalidExtension(QStringLiteral("Empty UPN subject alternative name")));
    GeneralNamePtr name(GENERAL_NAME_new());
    Asn1TypePtr value(ASN1_TYPE_new());
    Asn1StringPtr text(ASN1_UTF8STRING_new());
    const QByteArray bytes = upn.toUtf8();
    if (!name || !value || !text ||
        ASN1_STRING_set(text.get(), bytes.constData(), static_cast<int>(bytes.size())) != 1)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    ASN1_TYPE_set(value.get(), V_ASN1_UTF8STRING, text.release());
    // msUPN (1.3.6.1.4.1.311.20.2.3) is a static object; set0 takes it without copying.
    if (GENERAL_NAME_set0_othername(name.get(), OBJ_nid2obj(NID_ms_upn), value.get()) != 1)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    value.release();
    return name;
}

bool push(GENERAL_NAMES *names, GeneralNamePtr name) {
    if (sk_GENERAL_NAME_push(names, name.get()) <= 0)
        return false;
    name.release();
    return true;
}

} // namespace

CryptoResult<X509ExtensionPtr> makeSubjectAltNameExtension(const SubjectAlternativeNames &sans) {
    if (sans.isEmpty())
        return X509ExtensionPtr();
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    for (const QString &dns : sans.dnsNames) {
        auto name = asciiGeneralName(GEN_DNS, dns, "DNS");
        if (!name)
            return fail(name.error());
        if (!push(names.get(), std::move(name).value()))
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    }
    for (const QString &email : sans.emails) {
        auto name = asciiGeneralName(GEN_EMAIL, email, "e-mail");
        if (!name)
            return fail(name.error());
        if (!push(names.get(), std::move(name).value()))
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    }
    for (const QString &upn : sans.upns) {
        auto name = upnGeneralName(upn);
        if (!name)
            return fail(name.error());
        if (!push(names.get(), std::move(name).value()))
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    }
    return encodeExtension(NID_subject_alt_name, false, names.get());
}

CryptoResult<X509ExtensionPtr> makeExtendedKeyUsageExtension(const QStringList &oids) {
    if (oids.isEmpty())
        return X509ExtensionPtr();
    const ExtendedKeyUsagePtr usages(sk_ASN1_OBJECT_new_null());
    if (!usages)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    for (const QString &oid : oids) {
        // no_name = 1: only dotted numbers, as the API promises OIDs.
        Asn1ObjectPtr object(OBJ_txt2obj(oid.toLatin1().constData(), 1));
        if (!object || oid.isEmpty())
            return fail(opensslError(
                CryptoErrorCode::InvalidInput,
                QStringLiteral("Invalid extended key usage \"%1\": a dotted OID is required")
                    .arg(oid)));
        if (sk_ASN1_OBJECT_push(usages.get(), object.get()) <= 0)
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
        object.release();
    }
    return encodeExtension(NID_ext_key_usage, false, usages.get());
}

CryptoResult<X509ExtensionPtr> makeKeyUsageExtension(const QStringList &names) {
    if (names.isEmpty())
        return X509ExtensionPtr();
    const Asn1BitStringPtr bits(ASN1_BIT_STRING_new());
    if (!bits)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    for (const QString &name : names) {
        const int bit = keyUsageBit(name);
        if (bit < 0)
            return fail(invalidExtension(QStringLiteral("Unknown key usage \"%1\"").arg(name)));
        if (ASN1_BIT_STRING_set_bit(bits.get(), bit, 1) != 1)
            return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    }
    return encodeExtension(NID_key_usage, true, bits.get());
}

SubjectAlternativeNames readSubjectAltNames(const GENERAL_NAMES *names) {
    SubjectAlternativeNames sans;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS)
            sans.dnsNames.append(QString::fromUtf8(asn1StringBytes(name->d.dNSName)));
        else if (name->type == GEN_EMAIL)
            sans.emails.append(QString::fromUtf8(asn1StringBytes(name->d.rfc822Name)));
        else if (name->type == GEN_OTHERNAME &&
                 OBJ_obj2nid(name->d.otherName->type_id) == NID_ms_upn &&
                 name->d.otherName->value && name->d.otherName->value->type == V_ASN1_UTF8STRING)
            sans.upns.append(
                QString::fromUtf8(asn1StringBytes(name->d.otherName->value->value.utf8string)));
    }
    return sans;
}

QStringList readExtendedKeyUsages(const EXTENDED_KEY_USAGE *usages) {
    QStringList oids;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(usages, i);
        const int length = OBJ_obj2txt(nullptr, 0, object, 1);
        if (length <= 0)
            continue;
        QByteArray text(length + 1, '\0');
        OBJ_obj2txt(text.data(), length + 1, object, 1);
        text.truncate(length);
        oids.append(QString::fromLatin1(text));
    }
    return oids;
}

QStringList readKeyUsages(const ASN1_BIT_STRING *bits) {
    QStringList names;
    if (!bits)
        return names;
    for (int bit = 0; bit < static_cast<int>(std::size(keyUsageBitNames)); ++bit) {
        if (ASN1_BIT_STRING_get_bit(bits, bit))
            names.append(QLatin1String(keyUsageBitNames[bit]));
    }
    return names;
}

} // namespace certdeck::crypto::ossl
