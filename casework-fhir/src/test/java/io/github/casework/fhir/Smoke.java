package io.github.casework.fhir;
class Smoke { }
