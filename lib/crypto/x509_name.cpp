#include "x509_name.h"

#include "openssl_errors.h"

#include <openssl/objects.h>

#include <QList>

#include <optional>

namespace certdeck::crypto::ossl {

namespace {

struct Attribute {
    QByteArray type;
    QByteArray value;              // UTF-8, escapes resolved
    bool joinsPreviousRdn = false; // written after '+': same multi-valued RDN
};

CryptoError invalidName(const QString &reason) {
    return CryptoError{CryptoErrorCode::InvalidInput,
                       QStringLiteral("Invalid subject name: %1").arg(reason)};
}

bool isSeparator(char c) {
    return c == ',' || c == ';' || c == '+';
}

bool isSpecial(char c) {
    return isSeparator(c) || c == '=' || c == '"' || c == '\\' || c == '<' || c == '>' ||
           c == '#' || c == ' ';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the character after a backslash at `text[pos]`; advances `pos` past the escape.
std::optional<char> readEscape(const QByteArray &text, qsizetype &pos) {
    if (pos + 1 >= text.size())
        return std::nullopt;
    const char next = text[pos + 1];
    if (pos + 2 < text.size() && hexValue(next) >= 0 && hexValue(text[pos + 2]) >= 0) {
        const char byte = static_cast<char>(hexValue(next) * 16 + hexValue(text[pos + 2]));
        pos += 3;
        return byte;
    }
    if (!isSpecial(next))
        return std::nullopt;
    pos += 2;
    return next;
}

class NameParser {
public:
    explicit NameParser(QByteArray text)
        : m_text(std::move(text)) {}

    CryptoResult<QList<Attribute>> parse() {
        QList<Attribute> attributes;
        bool joinsPrevious = false;
        while (true) {
            Attribute attribute;
            attribute.joinsPreviousRdn = joinsPrevious;
            if (auto error = readType(attribute.type))
                return fail(*error);
            if (auto error = readValue(attribute.value))
                return fail(*error);
            attributes.append(attribute);
            skipSpaces();
            if (atEnd())
                return attributes;
            joinsPrevious = m_text[m_pos] == '+';
            ++m_pos; // the separator, checked by readValue
            skipSpaces();
            if (atEnd())
                return fail(invalidName(QStringLiteral("trailing separator")));
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpaces() {
        while (!atEnd() && m_text[m_pos] == ' ')
            ++m_pos;
    }

    std::optional<CryptoError> readType(QByteArray &type) {
        skipSpaces();
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos] != '=') {
            if (isSeparator(m_text[m_pos]))
                break;
            ++m_pos;
        }
        type = m_text.mid(start, m_pos - start).trimmed();
        if (atEnd() || m_text[m_pos] != '=')
            return invalidName(
                QStringLiteral("expected '=' after \"%1\"").arg(QString::fromUtf8(type)));
        if (type.isEmpty())
            return invalidName(QStringLiteral("missing attribute name"));
        ++m_pos;
        return std::nullopt;
    }

    std::optional<CryptoError> readValue(QByteArray &value) {
        skipSpaces();
        if (!atEnd() && m_text[m_pos] == '"')
            return readQuotedValue(value);
        if (!atEnd() && m_text[m_pos] == '#')
            return invalidName(QStringLiteral("hex-encoded (#...) values are not supported"));
        qsizetype keptLength = 0; // length without unescaped trailing spaces
        while (!atEnd() && !isSeparator(m_text[m_pos])) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                const auto escaped = readEscape(m_text, m_pos);
                if (!escaped)
                    return invalidName(QStringLiteral("invalid backslash escape"));
                value.append(*escaped);
                keptLength = value.size();
                continue;
            }
            value.append(c);
            if (c != ' ')
                keptLength = value.size();
            ++m_pos;
        }
        value.truncate(keptLength);
        if (value.isEmpty())
            return invalidName(QStringLiteral("empty attribute value"));
        return std::nullopt;
    }

    std::optional<CryptoError> readQuotedValue(QByteArray &value) {
        ++m_pos; // opening quote
        while (!atEnd() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\') {
                const auto escaped = readEscape(m_text, m_pos);
                if (!escaped)
                    return invalidName(QStringLiteral("invalid backslash escape"));
                value.append(*escaped);
                continue;
            }
            value.append(m_text[m_pos++]);
        }
        if (atEnd())
            return invalidName(QStringLiteral("unterminated quoted value"));
        ++m_pos; // closing quote
        skipSpaces();
        if (!atEnd() && !isSeparator(m_text[m_pos]))
            return invalidName(QStringLiteral("text after a quoted value"));
        if (value.isEmpty())
            return invalidName(QStringLiteral("empty attribute value"));
        return std::nullopt;
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
};

// Case-insensitive names as Windows, Key Vault and OpenSSL users write them.
int nidForAlias(const QByteArray &lowerCaseType) {
    static const struct {
        const char *alias;
        int nid;
    } aliases[] = {
        {"cn", NID_commonName},
        {"c", NID_countryName},
        {"l", NID_localityName},
        {"st", NID_stateOrProvinceName},
        {"s", NID_stateOrProvinceName},
        {"o", NID_organizationName},
        {"ou", NID_organizationalUnitName},
        {"street", NID_streetAddress},
        {"dc", NID_domainComponent},
        {"uid", NID_userId},
        {"e", NID_pkcs9_emailAddress},
        {"email", NID_pkcs9_emailAddress},
        {"emailaddress", NID_pkcs9_emailAddress},
        {"serialnumber", NID_serialNumber},
        {"title", NID_title},
        {"sn", NID_surname},
        {"surname", NID_surname},
        {"g", NID_givenName},
        {"gn", NID_givenName},
        {"givenname", NID_givenName},
        {"initials", NID_initials},
        {"postalcode", NID_postalCode},
        {"description", NID_description},
        {"dnqualifier", NID_dnQualifier},
        {"pseudonym", NID_pseudonym},
        {"generationqualifier", NID_generationQualifier},
        {"businesscategory", NID_businessCategory},
    };
    for (const auto &entry : aliases) {
        if (lowerCaseType == entry.alias)
            return entry.nid;
    }
    return NID_undef;
}

Asn1ObjectPtr attributeObject(QByteArray type) {
    if (const int nid = nidForAlias(type.toLower()); nid != NID_undef)
        return Asn1ObjectPtr(OBJ_nid2obj(nid));
    if (type.toLower().startsWith("oid."))
        type = type.mid(4);                                 // Windows writes "OID.2.5.4.97=..."
    return Asn1ObjectPtr(OBJ_txt2obj(type.constData(), 0)); // long names and dotted OIDs
}

} // namespace

CryptoResult<X509NamePtr> parseDistinguishedName(const QString &text) {
    if (text.trimmed().isEmpty())
        return fail(invalidName(QStringLiteral("the subject is empty")));
    auto attributes = NameParser(text.toUtf8()).parse();
    if (!attributes)
        return fail(attributes.error());
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return fail(opensslError(CryptoErrorCode::Internal, QStringLiteral("Out of memory")));
    for (const Attribute &attribute : *attributes) {
        const Asn1ObjectPtr object = attributeObject(attribute.type);
        if (!object)
            return fail(invalidName(
                QStringLiteral("unknown attribute \"%1\"").arg(QString::fromUtf8(attribute.type))));
        const int set = attribute.joinsPreviousRdn ? -1 : 0;
        if (X509_NAME_add_entry_by_OBJ(name.get(), object.get(), MBSTRING_UTF8,
                                       bytesOf(attribute.value),
                                       static_cast<int>(attribute.value.size()), -1, set) != 1)
            return fail(opensslError(CryptoErrorCode::InvalidInput,
                                     QStringLiteral("Invalid subject name: value of \"%1\" "
                                                    "rejected")
                                         .arg(QString::fromUtf8(attribute.type))));
    }
    return name;
}

QString formatDistinguishedName(const X509_NAME *name) {
    if (!name)
        return {};
    const BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 escaping minus ESC_MSB, so Korean or Chinese text stays readable UTF-8.
    const unsigned long flags =
        (XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_RFC2253) & ~ASN1_STRFLGS_ESC_MSB;
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return QString::fromUtf8(bioContents(bio.get()));
}

QString commonNameOf(const X509_NAME *name) {
    if (!name)
        return {};
    int found = -1;
    for (int index = -1; (index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0;)
        found = index;
    if (found < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, found));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const OpensslBufferPtr owner(utf8);
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
}

} // namespace certdeck::crypto::ossl
