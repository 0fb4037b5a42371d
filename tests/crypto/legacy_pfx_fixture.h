#pragma once

// A PFX as older Windows tools export it, made with
//   openssl pkcs12 -export -legacy -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-RC2-40 -macalg sha1
//       -name "Legacy export" -passout pass:legacy
// around a throw-away self-signed P-256 certificate "CN=Legacy Windows Export".
// Kept as bytes so the test reads it before anything in the process has loaded the legacy
// provider: only readPkcs12 itself can make it readable.

#include <QByteArray>

namespace certdeck::crypto::testing {

inline const char legacyPfxPassword[] = "legacy";
inline const char legacyPfxSha1Thumbprint[] = "F96A1964FB161006EC36F850E076497CA3F473EE";

inline QByteArray legacyPfxFromWindows() {
    return QByteArray::fromBase64(
        "MIID8QIBAzCCA7cGCSqGSIb3DQEHAaCCA6gEggOkMIIDoDCCAmcGCSqGSIb3DQEHBqCCAlgwggJU"
        "AgEAMIICTQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIG5btrFlujiwCAggAgIICILbCxlck"
        "oz9UlS/LcSb4iCFckNS/qdi8KbacdvA7aHgjNF+L4k36xgEp44LEBdE+2hQAp7fCGBufw5+eGeDc"
        "YU6q+cgEk7Be1blc8GgUi0AxnqE//kCCuj500oavtFqnq/eIbXyIXgexwq7Iq1pNu0HWbiIXH2br"
        "zGXj3c1ayQLgzen3DCGdk3wK3AJkkIrf37Sg0YOL/9g/VVP+G9yv2KjvCMawKnzVa6VWdBl7Wo58"
        "YUCUrrBwLxxHWmXJi1GXmHOM4px2HFiGUur2UiI+KypshPGAX3+YGWMdrynWOqhgzkS5YiOGnoea"
        "X/2SosUdlSKM+1dZLdXd4ikOgvHjtt9fOMl9SdDozOylaKcZtrh3EWaigRQg0fltgahN0SZTMKx3"
        "c8iSNKqiA8cApZIETwLkkzGNpIj2NNCeRZ0ZPK7dzC5pMat0nD3CpbVR/Hx4PzbiFQdaejf9meCS"
        "AT1bcZNXmDv0vEwfJJOdqDPCO8+RF0Pvfloyj6wDsgbThwTXPUT/7FWHEJU29FLMXqk1WgD3iqu/"
        "ww6Xxf342411/py/cP0cst0YmbUe18XFTeBwEcvYkXGVCdnqp9sTFcxlrERCiFJhAj2kl6OwfxM4"
        "Co75z1c+yCmBWiFrq01XYpoxJpah7GkqxdBV7c3ckmCGG3zkXWPCrN8PLba8/BFcd4vXLpIeU/cI"
        "z6F4A9pvxHt5NctJuCVwhxnAbFmVOijQYcIwggExBgkqhkiG9w0BBwGgggEiBIIBHjCCARowggEW"
        "BgsqhkiG9w0BDAoBAqCBtDCBsTAcBgoqhkiG9w0BDAEDMA4ECCcjmKIn5gFcAgIIAASBkLqsEoD9"
        "qracYdGqOnnBfQlF1AxDZRgHac/7lVaVow8CVTKRyQmP7G7VFz1E8x+VIeZ5uzVBs2AxYDm9Ew5g"
        "7gvysgsygEcXLowXHVbff42qoJt9Je1vqOiwLdnI/MQ4Up0jHY7JvrAz1ZIUASsDIIr0wMc7eFsm"
        "C6drTjGeX34EV04rtQai/Cmb4uB6cYtTdDFQMCMGCSqGSIb3DQEJFTEWBBT5ahlk+xYQBuw2+FDg"
        "dkl8o/Rz7jApBgkqhkiG9w0BCRQxHB4aAEwAZQBnAGEAYwB5ACAAZQB4AHAAbwByAHQwMTAhMAkG"
        "BSsOAwIaBQAEFMzYJQdQlyNlwTIk8OFiE8jRHyNSBAh3p0HNjPurTQICCAA=");
}

} // namespace certdeck::crypto::testing
